#!/usr/bin/env bash
# Crash recovery, end to end: starts the real app under Xvfb on a project, edits it, kills it with
# SIGKILL, starts it again, accepts the offer to restore, saves, and checks the edit reached the
# file. Usage: tests/recovery-kill.sh PATH/TO/storemap
set -euo pipefail
# shellcheck source=tests/e2e-lib.sh
source "$(dirname "$0")/e2e-lib.sh"
printf '[General]\nautosaveIntervalMs=300\n' >"$XDG_CONFIG_HOME/Storemap/storemap.conf"
cp "$root/resources/samples/startup.storemap" "$work/shop.storemap"
recovery=$XDG_DATA_HOME/Storemap/storemap/recovery.storemap

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
wait_for "$recovery" "Second survivor" || true
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
wait_for "$work/shop.storemap" "Crash survivor" || fail "the restored edit was not saved"
grep -qs "Second survivor" "$work/shop.storemap" || fail "the second entity was not saved"
[ -e "$recovery" ] && fail "the recovery file outlived the save"
echo "kill -9, restart, restore, save: the edit survived"
echo "1 passed, 0 failed"
