#!/usr/bin/env bash
# Builds Storemap warning-free and runs every test headless: the suites, the same suites under
# ASan + UBSan, and a bounded pass of every fuzz target. Installs missing packages first.
# The suites run next to a private PostgreSQL server (tests/pgcluster.sh), which the import tests
# seed and import from; it is stopped and removed afterwards, also when a test fails.
# STOREMAP_FUZZ_SECONDS sets the fuzzing time per target (default 30; 0 skips fuzzing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTOREMAP_WERROR=ON
cmake --build build -j2
tests/pgcluster.sh run ctest --test-dir build --output-on-failure -j2
scripts/sanitize.sh
seconds=${STOREMAP_FUZZ_SECONDS:-30}
if [ "$seconds" -gt 0 ]; then
    scripts/fuzz.sh "$seconds"
fi
ctest --test-dir build -j2 | tail -n 3
