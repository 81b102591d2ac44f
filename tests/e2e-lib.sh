# Shared by the end-to-end scripts (sourced, not run): a private Xvfb display, settings and data
# folders, and helpers that find windows and give them the keyboard without fixed delays.
# Defines: app, root, work, pid (the app under test, killed at exit), fail, window, focus.
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
# Waits (up to 20 s) until FILE contains TEXT.
wait_for() {
    for _ in $(seq 200); do
        grep -qs "$2" "$1" && return 0
        sleep 0.1
    done
    return 1
}
