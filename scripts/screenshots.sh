#!/bin/sh
# Renders the main window on the e-commerce sample under Xvfb, in the light and the dark palette
# (docs/screenshot-light.png, docs/screenshot-dark.png) and in German and Chinese
# (docs/screenshot-de.png, docs/screenshot-zh_CN.png).
#   scripts/screenshots.sh [BUILD_DIR]        (default: build)
# Needs xvfb and imagemagick (apt-get install xvfb imagemagick).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
app=$build/app/storemap # hands the designer over to storemap-gui, next to it
for program in "$app" "$build/app/storemap-gui"; do
    [ -x "$program" ] || { echo "build the app first: $program not found" >&2; exit 2; }
done
display=:${STOREMAP_SHOT_DISPLAY:-97}
width=1600
height=1000

Xvfb "$display" -screen 0 ${width}x${height}x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT INT TERM
sleep 1

# A private settings and recovery location, so no recent file or recovery dialog gets in the way.
home=$(mktemp -d)
# shot NAME PALETTE LANG: the main window on the e-commerce sample as docs/screenshot-NAME.png.
shot() {
    XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data DISPLAY=$display LANG=$3 LC_ALL= \
        LANGUAGE= "$app" --palette "$2" -qwindowgeometry ${width}x${height}+0+0 \
        "$root/resources/samples/ecommerce.storemap" >/dev/null 2>&1 &
    pid=$!
    sleep 3
    DISPLAY=$display import -window root "$root/docs/screenshot-$1.png"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo "docs/screenshot-$1.png"
}
shot light light C.UTF-8
shot dark dark C.UTF-8
shot de light de_DE.UTF-8
shot zh_CN light zh_CN.UTF-8
rm -rf "$home"
