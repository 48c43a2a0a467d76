#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Stageboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL server for the tests, from Debian's postgresql package.
#
#   pgserver.sh start STATEFILE   initdb in a new temporary folder, start on 127.0.0.1 at a free
#                                 port, and write "PORT DATADIR PID" to STATEFILE
#   pgserver.sh stop STATEFILE    stop the server by its PID and remove its folder
#   pgserver.sh halt STATEFILE    stop the server by its PID, keeping its data (a server outage)
#   pgserver.sh resume STATEFILE  start a halted server again, on the same port
#
# As root the server runs as the user postgres (PostgreSQL refuses to run as root). It trusts
# every local connection: it lives only as long as the tests, listens on 127.0.0.1 only, and
# keeps its data in a folder nobody else may read.
set -eu

action=${1:?start or stop}
state=${2:?state file}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pgserver.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2
    exit 1
fi

as_server() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# Starts the server in DIR on PORT; fsync is off, as the data is thrown away.
serve() {
    as_server "$bindir/pg_ctl" --pgdata="$2/data" --log="$2/server.log" --wait \
        --options="-p $1 -k $2 -c listen_addresses=127.0.0.1 -c fsync=off \
-c synchronous_commit=off -c full_page_writes=off -c max_connections=100" start >/dev/null
}

case "$action" in
start)
    if [ -f "$state" ]; then
        # A run that was interrupted left its server behind: stop it first.
        "$0" stop "$state" || true
    fi
    dir=$(mktemp -d "${TMPDIR:-/tmp}/stageboard-pg.XXXXXX")
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$dir"
    fi
    as_server "$bindir/initdb" --pgdata="$dir/data" --username=postgres --auth=trust \
        --encoding=UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    # A free port: try a few from a random start, as another run may hold one.
    port=$((20000 + $$ % 20000))
    tries=0
    until serve "$port" "$dir"; do
        tries=$((tries + 1))
        if [ "$tries" -ge 10 ]; then
            cat "$dir/server.log" >&2
            exit 1
        fi
        port=$((port + 1))
    done
    pid=$(head -n 1 "$dir/data/postmaster.pid")
    echo "$port $dir $pid" >"$state"
    echo "PostgreSQL $(basename "$(dirname "$bindir")") on 127.0.0.1:$port (pid $pid, data in $dir)"
    ;;
stop | halt)
    [ -f "$state" ] || exit 0
    read -r port dir pid <"$state"
    if kill -0 "$pid" 2>/dev/null; then
        # Fast shutdown: disconnect the clients, then stop.
        kill -INT "$pid"
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    fi
    if [ "$action" = halt ]; then
        echo "PostgreSQL on port $port halted"
        exit 0
    fi
    case "$dir" in
    */stageboard-pg.*) rm -rf "$dir" ;;
    esac
    rm -f "$state"
    echo "PostgreSQL on port $port stopped"
    ;;
resume)
    read -r port dir pid <"$state"
    serve "$port" "$dir"
    pid=$(head -n 1 "$dir/data/postmaster.pid")
    echo "$port $dir $pid" >"$state"
    echo "PostgreSQL on 127.0.0.1:$port resumed (pid $pid)"
    ;;
*)
    echo "pgserver.sh: unknown action $action" >&2
    exit 2
    ;;
esac
