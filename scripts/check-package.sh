#!/usr/bin/env bash
# Builds the .deb from BUILD_DIR and checks it: Depends from shlibdeps, the files in their FHS
# places (storemap-gui out of PATH, in libexec), a valid desktop entry and a valid AppStream
# metainfo, and that the installed storemap hands a PNG export over to the installed storemap-gui.
set -euo pipefail
build=$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)
for tool in cpack dpkg-deb dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (scripts/deps.sh installs it)"
        exit 77
    fi
done
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack --config "$build/CPackConfig.cmake" -B "$out" >/dev/null
deb=$(ls "$out"/storemap_*.deb)
echo "built $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# libpq5 and libpg-query: storemap import (a live server, a schema dump).
for lib in libqt6widgets6 libqt6core6 libc6 libpq5 libpg-query; do
    grep -q "$lib" <<<"$depends" || { echo "Depends lacks $lib"; exit 1; }
done
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/storemap ./usr/libexec/storemap/storemap-gui \
    ./usr/share/applications/org.storemap.Storemap.desktop \
    ./usr/share/metainfo/org.storemap.Storemap.metainfo.xml \
    ./usr/share/mime/packages/org.storemap.Storemap.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.storemap.Storemap.svg \
    ./usr/share/icons/hicolor/48x48/apps/org.storemap.Storemap.png \
    ./usr/share/icons/hicolor/256x256/apps/org.storemap.Storemap.png; do
    grep -q " $f\$" <<<"$contents" || { echo "missing $f"; exit 1; }
done
if grep -q " ./usr/bin/storemap-gui\$" <<<"$contents"; then
    echo "storemap-gui belongs in libexec, not in PATH"
    exit 1
fi
dpkg-deb -x "$deb" "$out/root"
desktop-file-validate "$out/root/usr/share/applications/org.storemap.Storemap.desktop"
appstreamcli validate --no-net --pedantic "$out/root/usr/share/metainfo/org.storemap.Storemap.metainfo.xml"
"$out/root/usr/bin/storemap" --version
"$out/root/usr/bin/storemap" export resources/samples/startup.storemap -o "$out/startup.png"
printf '\x89PNG' | cmp -s -n 4 - "$out/startup.png" || { echo "the installed PNG export failed"; exit 1; }
echo "PNG export through the installed storemap-gui: ok"
echo "package ok"
