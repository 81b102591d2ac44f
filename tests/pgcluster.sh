#!/usr/bin/env bash
# A private PostgreSQL server for the import tests: a temporary folder, 127.0.0.1 on a free port,
# run by an unprivileged user, password authentication, pg_stat_statements loaded.
#
#   tests/pgcluster.sh run COMMAND...   starts the server, runs COMMAND with STOREMAP_TEST_PG (the
#                                       superuser's URI) and STOREMAP_TEST_PG_BIN set, then stops
#                                       and removes the server, also when COMMAND fails; COMMAND's
#                                       exit code is the script's. Without PostgreSQL installed it
#                                       runs COMMAND alone (the import tests then skip).
#   tests/pgcluster.sh seed DATABASE    (STOREMAP_TEST_PG set) creates DATABASE afresh with the
#                                       lesson's e-commerce schema, resets its statistics and runs a
#                                       bounded workload (pgbench, 3 s at 800 transactions/s). The
#                                       tests call it right before they import, so that the
#                                       statistics window is the workload's.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

server_bin() {
    local dir
    for dir in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
        [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
    done
    return 1
}

run() {
    bin=""
    if ! bin=$(server_bin); then
        echo "pgcluster: no PostgreSQL server installed; the import tests against a server skip" >&2
        "$@"
        return
    fi
    dir="" user="" password="" port=""
    dir=$(mktemp -d "${TMPDIR:-/tmp}/storemap-pg.XXXXXX")
    as=()
    if [ "$(id -u)" -eq 0 ]; then
        # PostgreSQL refuses to run as root: an unprivileged system user owns the cluster.
        user=storemap-test
        id -u "$user" >/dev/null 2>&1 ||
            useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$user"
        chown "$user" "$dir"
        as=(runuser -u "$user" --)
    fi
    chmod 700 "$dir"
    stop() {
        "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$dir"
    }
    trap stop EXIT
    password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    printf '%s\n' "$password" >"$dir/password"
    [ ${#as[@]} -eq 0 ] || chown storemap-test "$dir/password"
    "${as[@]}" "$bin/initdb" -D "$dir/data" -U storemap --pwfile="$dir/password" -E UTF8 \
        --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/password"
    cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
shared_preload_libraries = 'pg_stat_statements'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 30
CONF
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 60 start >/dev/null ||
        { cat "$dir/data/server.log" >&2; exit 1; }
    export STOREMAP_TEST_PG="postgresql://storemap:$password@127.0.0.1:$port/postgres"
    export STOREMAP_TEST_PG_BIN=$bin
    echo "pgcluster: $("$bin/pg_ctl" -V) on 127.0.0.1:$port" >&2
    local rc=0
    "$@" || rc=$?
    return $rc
}

seed() {
    local db=$1
    : "${STOREMAP_TEST_PG:?pgcluster: STOREMAP_TEST_PG is not set (tests/pgcluster.sh run ...)}"
    local bin=${STOREMAP_TEST_PG_BIN:-$(server_bin)}
    local server=${STOREMAP_TEST_PG%/*}
    psql=(env PGOPTIONS="-c client_min_messages=warning" "$bin/psql" -X -q -v ON_ERROR_STOP=1)
    "${psql[@]}" "$STOREMAP_TEST_PG" -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" \
        -c "CREATE DATABASE \"$db\""
    "${psql[@]}" "$server/$db" -f "$here/pg/seed.sql" >/dev/null
    # Measure from here: seeding is not the application's traffic. A backend writes its
    # statistics as it exits, so reset once the seeding session is gone.
    quiet "$server/$db"
    "${psql[@]}" "$server/$db" -c "SELECT pg_stat_reset()" -c "SELECT pg_stat_statements_reset()" \
        >/dev/null
    "$bin/pgbench" -n -c 2 -j 2 -T 3 -R 800 \
        -f "$here/pg/session.sql@20" -f "$here/pg/pageview.sql@20" -f "$here/pg/shopper.sql@1" \
        -f "$here/pg/order.sql@1" -f "$here/pg/search.sql@1" -f "$here/pg/avatar.sql@1" \
        "$server/$db" >/dev/null
    quiet "$server/$db"
}

# Waits (bounded) until no other session is connected to the database: their statistics are in.
quiet() {
    local i
    for ((i = 0; i < 100; i++)); do
        [ "$("${psql[@]}" -At "$1" -c "SELECT count(*) FROM pg_stat_activity
              WHERE datname = current_database() AND pid <> pg_backend_pid()")" = 0 ] && return 0
        sleep 0.1
    done
    echo "pgcluster: other sessions did not end" >&2
    return 1
}

case "${1:-}" in
run) shift; run "$@" ;;
seed) seed "$2" ;;
*) echo "usage: tests/pgcluster.sh run COMMAND... | seed DATABASE" >&2; exit 2 ;;
esac
