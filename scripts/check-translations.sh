#!/usr/bin/env bash
# Fails when a user-visible string in the sources (or a catalog text) is missing from a .ts
# file, or when a .ts file still has an unfinished entry.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The catalog's texts: generated into the work folder and compared (the sources are never written).
python3 scripts/catalog-strings.py "$work/catalogtext.cpp" >/dev/null
if ! cmp -s "$work/catalogtext.cpp" model/catalogtext.cpp; then
    echo "model/catalogtext.cpp is out of date with resources/catalog.json: run scripts/update-translations.sh"
    exit 1
fi
status=0
for ts in translations/*.ts; do
    cp "$ts" "$work/"
    report=$(/usr/lib/qt6/bin/lupdate -I . -locations none app model views translations -ts "$work/$(basename "$ts")" 2>&1)
    new=$(sed -n 's/.*(\([0-9]*\) new and.*/\1/p' <<<"$report" | head -n 1)
    if [ "${new:-0}" != "0" ]; then
        echo "$ts: $new source strings are missing: run scripts/update-translations.sh"
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "${STOREMAP_ALLOW_UNFINISHED:-0}" != "1" ] && [ "$unfinished" != "0" ]; then
        echo "$ts: $unfinished entries are not translated yet"
        status=1
    fi
    echo "$ts: $(grep -c '<source>' "$ts") strings, $unfinished unfinished"
done
exit $status
