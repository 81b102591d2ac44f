#!/usr/bin/env bash
# Times `storemap import` of a generated schema of N tables (keys, foreign keys, a text-search
# column and a bytea column here and there) as a whole process: from its pg_dump-style SQL, and,
# when a server is at hand (STOREMAP_TEST_PG, see tests/pgcluster.sh), live. Prints
# "import-ddl <ms>" and "import-live <ms>", medians of RUNS runs.
#
# Usage: tests/bench/import_bench.sh STOREMAP RUNS TABLES
set -euo pipefail
app=$1 runs=$2 tables=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$tables" >"$work/schema.sql" <<'PY'
import sys
n = int(sys.argv[1])
for i in range(n):
    cols = [f"id bigint NOT NULL", f"name text NOT NULL", f"created_at timestamptz"]
    if i % 10 == 3:
        cols.append("search tsvector")
    if i % 25 == 7:
        cols.append("content bytea")
    if i > 0:
        cols.append("parent_id bigint")
    print(f"CREATE TABLE public.t{i:03d} (\n    " + ",\n    ".join(cols) + "\n);\n")
for i in range(n):
    print(f"ALTER TABLE ONLY public.t{i:03d}\n    ADD CONSTRAINT t{i:03d}_pkey PRIMARY KEY (id);\n")
    print(f"CREATE UNIQUE INDEX t{i:03d}_name_key ON public.t{i:03d} USING btree (name);\n")
    if i % 10 == 3:
        print(f"CREATE INDEX t{i:03d}_search_idx ON public.t{i:03d} USING gin (search);\n")
for i in range(1, n):
    print(f"ALTER TABLE ONLY public.t{i:03d}\n    ADD CONSTRAINT t{i:03d}_parent_fkey "
          f"FOREIGN KEY (parent_id) REFERENCES public.t{(i - 1) // 2:03d}(id);\n")
PY

median_ms() {
    local i start end
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s%N)
        "$app" import "$@" -o "$work/out.storemap" >/dev/null
        end=$(date +%s%N)
        echo $(((end - start) / 1000000))
    done | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

echo "import-ddl $(median_ms "$work/schema.sql")"
if [ -n "${STOREMAP_TEST_PG:-}" ]; then
    psql=("${STOREMAP_TEST_PG_BIN:-/usr/bin}/psql" -X -q -v ON_ERROR_STOP=1)
    db="bench_import_$tables"
    env PGOPTIONS="-c client_min_messages=warning" "${psql[@]}" "$STOREMAP_TEST_PG" \
        -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    "${psql[@]}" "${STOREMAP_TEST_PG%/*}/$db" -f "$work/schema.sql" >/dev/null
    echo "import-live $(median_ms "${STOREMAP_TEST_PG%/*}/$db")"
    "${psql[@]}" "$STOREMAP_TEST_PG" -c "DROP DATABASE $db"
fi
