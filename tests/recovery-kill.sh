#!/usr/bin/env bash
# Crash recovery, end to end: starts the real app under Xvfb on a project, edits it, kills it with
# SIGKILL, starts it again, accepts the offer to restore, saves, and checks the edit reached the
# file. Usage: tests/recovery-kill.sh PATH/TO/storemap
set -euo pipefail
for tool in Xvfb xdotool; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (scripts/deps.sh installs it)"
        exit 77
    fi
done
app=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
display=:$((200 + RANDOM % 600))
pid=""
cleanup() {
    if [ -n "$pid" ]; then
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap cleanup EXIT
export DISPLAY=$display XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
unset QT_QPA_PLATFORM
mkdir -p "$XDG_CONFIG_HOME/Storemap"
printf '[General]\nautosaveIntervalMs=300\n' >"$XDG_CONFIG_HOME/Storemap/storemap.conf"
cp "$root/resources/samples/startup.storemap" "$work/shop.storemap"
recovery=$XDG_DATA_HOME/Storemap/storemap/recovery.storemap
for _ in $(seq 100); do # wait for the X server, however loaded the machine is
    xdotool getdisplaygeometry >/dev/null 2>&1 && break
    sleep 0.1
done

fail() {
    echo "FAIL: $*"
    tail -n 20 "$work"/*.log 2>/dev/null || true
    echo "0 passed, 1 failed"
    exit 1
}
window() { xdotool search --sync --onlyvisible --name "$1" 2>/dev/null | head -n 1; }
# Gives WINDOW the keyboard and waits until X says it has it (no fixed delay).
focus() {
    for _ in $(seq 300); do
        xdotool windowactivate --sync "$1" >/dev/null 2>&1 || xdotool windowfocus --sync "$1"
        [ "$(xdotool getwindowfocus 2>/dev/null)" = "$1" ] && return 0
        sleep 0.1
    done
    fail "window $1 never got the keyboard"
}

"$app" "$work/shop.storemap" >"$work/first.log" 2>&1 &
pid=$!
win=$(timeout 60 bash -c "$(declare -f window); window shop") || fail "the window never showed"
focus "$win"
xdotool key ctrl+e
xdotool type --delay 30 "Crash survivor"
# Ctrl+E again from inside the Name field (where QLineEdit claims it as "end of line"): a second
# entity, not a rename of the first.
xdotool key ctrl+e
xdotool type --delay 30 "Second survivor"
xdotool key Tab
for _ in $(seq 200); do
    grep -qs "Second survivor" "$recovery" && break
    sleep 0.1
done
grep -qs "Crash survivor" "$recovery" || fail "the first entity was renamed instead of kept"
grep -qs "Second survivor" "$recovery" || fail "Ctrl+E in the Name field added no entity"
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
pid=""
grep -q "Crash survivor" "$work/shop.storemap" && fail "the project file changed without a save"

"$app" >"$work/second.log" 2>&1 &
pid=$!
prompt=$(timeout 60 bash -c "$(declare -f window); window Restore") || fail "no offer to restore"
focus "$prompt"
xdotool key Return
win=$(timeout 60 bash -c "$(declare -f window); window shop") || fail "the restored window never showed"
focus "$win"
xdotool key ctrl+s
for _ in $(seq 200); do
    grep -qs "Crash survivor" "$work/shop.storemap" && break
    sleep 0.1
done
grep -qs "Crash survivor" "$work/shop.storemap" || fail "the restored edit was not saved"
grep -qs "Second survivor" "$work/shop.storemap" || fail "the second entity was not saved"
[ -e "$recovery" ] && fail "the recovery file outlived the save"
echo "kill -9, restart, restore, save: the edit survived"
echo "1 passed, 0 failed"
