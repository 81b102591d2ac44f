#!/bin/sh
# Renders the main window on the e-commerce sample under Xvfb at the three screen sizes a design
# review meets (1920x1080, 1366x768, 1024x700), in the light and the dark palette
# (docs/screenshot-WIDTHxHEIGHT-PALETTE.png), and at 1366x768 in German and Chinese
# (docs/screenshot-de.png, docs/screenshot-zh_CN.png).
#   scripts/screenshots.sh [BUILD_DIR]        (default: build)
# Needs xvfb, xdotool and imagemagick (apt-get install xvfb xdotool imagemagick).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
app=$build/app/storemap # hands the designer over to storemap-gui, next to it
for program in "$app" "$build/app/storemap-gui"; do
    [ -x "$program" ] || { echo "build the app first: $program not found" >&2; exit 2; }
done
for tool in Xvfb xdotool import; do
    command -v $tool >/dev/null || { echo "$tool is missing: apt-get install xvfb xdotool imagemagick" >&2; exit 2; }
done
display=:${STOREMAP_SHOT_DISPLAY:-97}
# A private settings and recovery location, so no recent file or recovery dialog gets in the way.
home=$(mktemp -d)
xvfb=
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT INT TERM

# screen WIDTH HEIGHT: a fresh virtual screen of that size.
screen() {
    [ -n "$xvfb" ] && { kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; }
    Xvfb "$display" -screen 0 "$1x$2x24" -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    tries=0
    until DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1; do
        tries=$((tries + 1))
        [ $tries -lt 100 ] || { echo "Xvfb did not start on $display" >&2; exit 1; }
        sleep 0.1
    done
}

# shot FILE PALETTE LANG WIDTH HEIGHT: the window, filling the screen, as docs/FILE.
shot() {
    rm -rf "$home/config"
    XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data DISPLAY=$display LANG=$3 LC_ALL= \
        LANGUAGE= "$app" --palette "$2" -qwindowgeometry "$4x$5+0+0" \
        "$root/resources/samples/ecommerce.storemap" >/dev/null 2>&1 &
    pid=$!
    DISPLAY=$display xdotool search --sync --onlyvisible --name "Storemap" >/dev/null
    sleep 2 # the diagram and the roadmap draw off the GUI thread
    DISPLAY=$display import -window root "$root/docs/$1"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo "docs/$1"
}

for size in 1920x1080 1366x768 1024x700; do
    w=${size%x*}
    h=${size#*x}
    screen "$w" "$h"
    shot "screenshot-$size-light.png" light C.UTF-8 "$w" "$h"
    shot "screenshot-$size-dark.png" dark C.UTF-8 "$w" "$h"
    if [ "$size" = 1366x768 ]; then
        shot screenshot-de.png light de_DE.UTF-8 "$w" "$h"
        shot screenshot-zh_CN.png light zh_CN.UTF-8 "$w" "$h"
    fi
done
