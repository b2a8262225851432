#!/usr/bin/env bash
# Runs a private PostgreSQL 15 server in the foreground on 127.0.0.1.
#   VOLUNTEER_PG_PORT      port to listen on
#   VOLUNTEER_PG_DATA      data directory (created and initialised on first run, then reused)
#   VOLUNTEER_PG_PASSWORD  password of the "postgres" superuser, set when the directory is initialised
# SIGTERM and SIGINT both end it with a fast shutdown (postgres treats SIGTERM as "smart",
# which would wait for every client to leave).
set -euo pipefail

bin=${VOLUNTEER_PG_BIN:-/usr/lib/postgresql/15/bin}
if [[ ! -x "$bin/postgres" || ! -x "$bin/initdb" ]]; then
  echo "PostgreSQL 15 server is not installed: install the Debian package postgresql-15 (sudo apt-get install -y postgresql-15)." >&2
  exit 1
fi
: "${VOLUNTEER_PG_PORT:?}" "${VOLUNTEER_PG_DATA:?}" "${VOLUNTEER_PG_PASSWORD:?}"

# The server refuses to run as root; run it as the postgres account and give that account the data.
as_server_user=()
if [[ $(id -u) -eq 0 ]]; then
  as_server_user=(setpriv --reuid=postgres --regid=postgres --init-groups)
fi

data=$VOLUNTEER_PG_DATA
socket_dir="$data.sockets"
mkdir -p "$data" "$socket_dir"
chmod 700 "$data"
[[ $(id -u) -eq 0 ]] && chown postgres:postgres "$data" "$socket_dir"

if [[ ! -s "$data/PG_VERSION" ]]; then
  pwfile=$(mktemp)
  printf '%s\n' "$VOLUNTEER_PG_PASSWORD" > "$pwfile"
  [[ $(id -u) -eq 0 ]] && chown postgres "$pwfile"
  "${as_server_user[@]}" "$bin/initdb" -D "$data" -U postgres --pwfile="$pwfile" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
  echo "initialised a new PostgreSQL data directory"
fi

"${as_server_user[@]}" "$bin/postgres" -D "$data" -p "$VOLUNTEER_PG_PORT" -k "$socket_dir" \
  -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=128MB &
server=$!
trap 'kill -INT "$server" 2>/dev/null' TERM INT
wait "$server" || true
# A signal interrupts the first wait; the second waits for the shutdown itself.
wait "$server" 2>/dev/null
