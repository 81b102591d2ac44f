#!/usr/bin/env bash
# Builds Storemap and opens the designer on the bundled e-commerce sample (or the given file).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
exec build/app/storemap "${@:-resources/samples/ecommerce.storemap}"
