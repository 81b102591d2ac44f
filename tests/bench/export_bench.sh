#!/usr/bin/env bash
# Times `storemap export P -o out.svg` on a 200-entity project against `dot -Tsvg` on the very
# DOT that export hands to Graphviz, and prints both medians and their ratio (issue 18's budget:
# at most 1.0x).
#
# Usage: tests/bench/export_bench.sh [path/to/storemap] [runs] [entities]
#   defaults: build/app/storemap, 9 runs, 200 entities. Uses hyperfine when it is installed.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
bin=$(realpath "${1:-build/app/storemap}")
runs=${2:-9}
entities=${3:-200}
command -v dot >/dev/null || { echo "needs Graphviz's dot (apt-get install graphviz)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$(dirname "$bin")/../tests/bench/make_project" "$entities" "$work/bench.storemap"
"$bin" export "$work/bench.storemap" -o "$work/bench.dot"

export_cmd="$bin export $work/bench.storemap -o $work/out.svg"
dot_cmd="dot -Tsvg $work/bench.dot -o $work/dot.svg"

if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/times.json" \
        "$export_cmd" "$dot_cmd" >&2
    python3 - "$work/times.json" "$runs" "$entities" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
runs, entities = sys.argv[2], sys.argv[3]
e, d = r[0], r[1]
cpu = lambda x: (x["user"] + x["system"]) * 1000
print("storemap export -> svg: median %.1f ms, cpu %.1f ms (%s runs, %s entities)"
      % (e["median"] * 1000, cpu(e), runs, entities))
print("dot -Tsvg             : median %.1f ms, cpu %.1f ms (same DOT)" % (d["median"] * 1000, cpu(d)))
print("ratio                 : %.2fx wall (median), %.2fx cpu (user+system)"
      % (e["median"] / d["median"], cpu(e) / cpu(d)))
PY
    exit 0
fi

# Without hyperfine: the two commands in turn (a slower phase of the machine falls on both), after
# one warm-up each; the median wall-clock milliseconds of each.
ms_of() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
}
$export_cmd >/dev/null 2>&1
$dot_cmd >/dev/null 2>&1
for ((i = 0; i < runs; i++)); do
    echo "e $(ms_of $export_cmd)"
    echo "d $(ms_of $dot_cmd)"
done >"$work/times"
median() {
    awk -v k="$1" '$1 == k { print $2 }' "$work/times" | sort -n | awk '{ a[NR] = $1 } END {
        m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f\n", m / 1000 }'
}
e=$(median e)
d=$(median d)
echo "storemap export -> svg: median $e ms ($runs runs, $entities entities)"
echo "dot -Tsvg             : median $d ms ($runs runs, same DOT, in turn with export)"
awk -v e="$e" -v d="$d" 'BEGIN { printf "ratio                 : %.2fx\n", e / d }'
