#!/usr/bin/env bash
# A file changed on disk, end to end: the real app under Xvfb has a project open; another program
# (a teammate's edit, a git pull) replaces the file; the window asks, Return reloads it; a new
# entity typed after that and saved with Ctrl+S lands next to the other program's change, which
# is never overwritten. Usage: tests/disk-change.sh PATH/TO/storemap
set -euo pipefail
# shellcheck source=tests/e2e-lib.sh
source "$(dirname "$0")/e2e-lib.sh"
cp "$root/resources/samples/startup.storemap" "$work/shop.storemap"

"$app" "$work/shop.storemap" >"$work/app.log" 2>&1 &
pid=$!
win=$(timeout 60 bash -c "$(declare -f window); window shop") || fail "the window never showed"
focus "$win"

# The other program writes a new version beside the file and moves it over, as editors and git do.
sed 's/"name": "Startup"/"name": "Startup by a teammate"/' "$work/shop.storemap" >"$work/next"
mv "$work/next" "$work/shop.storemap"
prompt=$(timeout 60 bash -c "$(declare -f window); window 'File changed on disk'") ||
    fail "the window did not notice the change on disk"
focus "$prompt"
xdotool key Return # Reload, the default
focus "$win" # the same window, the reloaded project in it
xdotool key ctrl+e
xdotool type --delay 30 "Typed after the reload"
xdotool key Tab
xdotool key ctrl+s
wait_for "$work/shop.storemap" "Typed after the reload" || fail "the new entity was not saved"
grep -qs "Startup by a teammate" "$work/shop.storemap" || fail "the teammate's change was overwritten"
echo "changed on disk, reloaded, edited, saved: both changes are in the file"
echo "1 passed, 0 failed"
