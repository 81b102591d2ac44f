#!/usr/bin/env bash
# Brings translations/*.ts up to date with the sources (and the catalog's texts).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 scripts/catalog-strings.py
/usr/lib/qt6/bin/lupdate -silent -I . -locations none -no-obsolete app model views translations \
    -ts translations/storemap_de.ts translations/storemap_zh_CN.ts
