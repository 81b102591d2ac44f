#!/bin/sh
# Renders the main window on the e-commerce sample under Xvfb at the three screen sizes a design
# review meets (1920x1080, 1366x768, 1024x700), in the light and the dark palette
# (docs/screenshot-WIDTHxHEIGHT-PALETTE.png), and at 1366x768 in German and Chinese
# (docs/screenshot-de.png, docs/screenshot-zh_CN.png); the Roadmap panel brought forward with
# View > Roadmap, at 1366x768 light, dark and German (docs/screenshot-roadmap-PALETTE.png,
# docs/screenshot-roadmap-de.png).
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
keys=
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

# shot FILE PALETTE LANG WIDTH HEIGHT [PROJECT [COMPARE]]: the window, filling the screen, as
# docs/FILE; with COMPARE, File > Compare With File (Ctrl+Shift+D) shows that file beside it.
# $keys, when set, are typed into the window first (xdotool key names).
shot() {
    rm -rf "$home/config"
    XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data DISPLAY=$display LANG=$3 LC_ALL= \
        LANGUAGE= "$app" --palette "$2" -qwindowgeometry "$4x$5+0+0" \
        "${6:-$root/resources/samples/ecommerce.storemap}" >/dev/null 2>&1 &
    pid=$!
    window=$(DISPLAY=$display xdotool search --sync --onlyvisible --name "Storemap" | head -n 1)
    if [ -n "${keys:-}" ]; then
        # shellcheck disable=SC2086 # one xdotool key name per word
        DISPLAY=$display xdotool windowfocus --sync "$window" key --delay 100 $keys
    fi
    if [ -n "${7:-}" ]; then
        DISPLAY=$display xdotool windowfocus --sync "$window" key ctrl+shift+d
        dialog=$(DISPLAY=$display xdotool search --sync --onlyvisible --name "Open project" | tail -n 1)
        DISPLAY=$display xdotool windowfocus --sync "$dialog" type --delay 20 "$7"
        DISPLAY=$display xdotool key Return
    fi
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
        # The compare view: a revision that moved Orders to Mongo and dropped PDFs, against the
        # sample as it was.
        python3 - "$root/resources/samples/ecommerce.storemap" "$home/revised.storemap" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
p["entities"] = [e for e in p["entities"] if e["id"] != "pdfs"]
for e in p["entities"]:
    if e["id"] == "orders":
        e["store"] = "mongo"
json.dump(p, open(sys.argv[2], "w"), indent=2)
PY
        # The Roadmap panel, brought forward from View (Alt+V, then its mnemonic).
        keys="alt+v r"
        shot screenshot-roadmap-light.png light C.UTF-8 "$w" "$h"
        shot screenshot-roadmap-dark.png dark C.UTF-8 "$w" "$h"
        keys="alt+a h"
        shot screenshot-roadmap-de.png light de_DE.UTF-8 "$w" "$h"
        keys=
        for palette in light dark; do
            shot "screenshot-compare-$palette.png" $palette C.UTF-8 "$w" "$h" \
                "$home/revised.storemap" "$root/resources/samples/ecommerce.storemap"
        done
    fi
done
