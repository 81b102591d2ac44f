#!/usr/bin/env bash
# Installs, on Debian 12, whatever Storemap needs to build and test that is not installed yet.
set -euo pipefail
packages=(
    cmake ninja-build g++ pkg-config clang-format clang libclang-rt-14-dev
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev libvulkan-dev nlohmann-json3-dev libgraphviz-dev graphviz
    desktop-file-utils appstream dpkg-dev file python3 python3-jsonschema qt6-translations-l10n
    xvfb xauth xdotool fonts-dejavu-core fonts-wqy-microhei
    postgresql libpq-dev libpg-query-dev
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
