#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 30)
# on a copy of the seed corpus. Fails on any crash, leak, timeout or out-of-memory; the input
# that failed is kept in build-fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-30}
cmake -S . -B build-fuzz -G Ninja -DSTOREMAP_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build build-fuzz -j2 >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p build-fuzz/artifacts
for fuzzer in build-fuzz/tests/fuzz/fuzz_*; do
    [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue
    target=$(basename "$fuzzer")
    mkdir -p "$work/$target"
    cp tests/fuzz/corpus/* "$work/$target/"
    echo "== $target: ${seconds}s"
    (cd "$work" && LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0" "$root/$fuzzer" "$work/$target" -dict="$root/tests/fuzz/storemap.dict" \
        -artifact_prefix="$root/build-fuzz/artifacts/$target-" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 2>&1 | tail -n 8)
done
echo "fuzzing: every target ran clean for ${seconds}s"
