#!/usr/bin/env bash
# Install (if needed) and run a throwaway PostgreSQL server on loopback for the test suite.
#   scripts/postgres.sh start   -> prints the DSN; writes it to .pgdata/dsn
#   scripts/postgres.sh stop
# The server runs as the `postgres` OS user (PostgreSQL refuses root) with its data in .pgdata/.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DATA="$ROOT/.pgdata"
PORT="${HYBRIDGATE_PG_PORT:-55432}"

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  if [[ -z "$dir" || ! -x "$dir/postgres" ]]; then
    echo "postgres.sh: installing PostgreSQL server (apt-get)..." >&2
    if [[ $(id -u) -eq 0 ]]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    dir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  fi
  echo "$dir"
}

as_pg() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin; bin="$(pg_bin)"
  mkdir -p "$DATA"
  if [[ $(id -u) -eq 0 ]]; then chown postgres "$DATA"; fi
  if [[ ! -f "$DATA/db/PG_VERSION" ]]; then
    as_pg "$bin/initdb" -D "$DATA/db" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  if ! as_pg "$bin/pg_ctl" -D "$DATA/db" status >/dev/null 2>&1; then
    as_pg "$bin/pg_ctl" -D "$DATA/db" -l "$DATA/db/server.log" -w \
      -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" start >/dev/null
  fi
  local dsn="postgresql://postgres@127.0.0.1:$PORT/postgres"
  echo "$dsn" > "$DATA/dsn.tmp" && mv "$DATA/dsn.tmp" "$DATA/dsn"
  echo "postgres.sh: PostgreSQL running at $dsn" >&2
  echo "$dsn"
}

stop() {
  local bin; bin="$(pg_bin)"
  if [[ -f "$DATA/db/PG_VERSION" ]]; then as_pg "$bin/pg_ctl" -D "$DATA/db" -m fast stop || true; fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
