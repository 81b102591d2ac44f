#!/usr/bin/env bash
# Builds Storemap warning-free and runs every test (headless). Installs missing packages first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTOREMAP_WERROR=ON
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2
