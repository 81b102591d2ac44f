#!/usr/bin/env bash
# Times `storemap diff` and `storemap merge` as whole processes on a generated project of N
# entities: OURS moves every 10th entity to another store, THEIRS renames every 10th (others) and
# adds 1% new entities, so the merge combines thousands of changes with no conflict.
#
# Usage: tests/bench/diffmerge_bench.sh [path/to/storemap] [runs] [entities]
#   defaults: build/app/storemap, 5 runs, 5000 entities. Prints "diff <ms>" and "merge <ms>"
#   (medians of wall-clock time).
set -euo pipefail
bin=$(realpath "${1:-build/app/storemap}")
runs=${2:-5}
entities=${3:-5000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$(dirname "$bin")/../tests/bench/make_project" "$entities" "$work/base.storemap"
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
base = json.load(open(f"{work}/base.storemap"))
stores = [s["id"] for s in base["stores"]]
ours = json.loads(json.dumps(base))
for i, e in enumerate(ours["entities"]):
    if i % 10 == 0 and e.get("store"):
        e["store"] = stores[(stores.index(e["store"]) + 1) % len(stores)]
theirs = json.loads(json.dumps(base))
for i, e in enumerate(theirs["entities"]):
    if i % 10 == 5:
        e["name"] = e["name"] + " (renamed)"
for i in range(len(base["entities"]) // 100):
    theirs["entities"].append({"id": f"added-{i}", "name": f"Added {i}", "store": stores[0],
                               "patterns": [{"name": "Get by id", "type": "lookup-by-key",
                                             "frequency": "high"}]})
json.dump(ours, open(f"{work}/ours.storemap", "w"), indent=2)
json.dump(theirs, open(f"{work}/theirs.storemap", "w"), indent=2)
PY

median_ms() {
    for ((i = 0; i < runs; i++)); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
        end=$(date +%s%N)
        echo $(((end - start) / 1000000))
    done | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}
echo "diff $(median_ms "$bin" diff "$work/base.storemap" "$work/ours.storemap" --json)"
echo "merge $(median_ms "$bin" merge "$work/base.storemap" "$work/ours.storemap" \
    "$work/theirs.storemap" -o "$work/merged.storemap")"
