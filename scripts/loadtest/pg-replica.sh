#!/usr/bin/env bash
# A PostgreSQL primary with a streaming read replica, both on 127.0.0.1 at free ports, in a folder
# of their own (the server at 5432 and its data are not touched), for trying JUMELAGE_DB_REPLICA_URL
# and for the scale-out test. Uses Debian's PostgreSQL binaries (/usr/lib/postgresql/<version>/bin,
# run as the user postgres): initdb makes the primary (trust authentication for 127.0.0.1, database
# "jumelage"), pg_basebackup -R copies it into a hot standby that streams its write-ahead log.
#
# Usage:
#   scripts/loadtest/pg-replica.sh start [FOLDER]   start both (FOLDER default: a new temporary folder),
#       wait until the replica is in recovery and streaming, print shell assignments to eval:
#         PG_FOLDER=… PG_PRIMARY_PORT=… PG_REPLICA_PORT=…
#         JUMELAGE_DB_URL=… JUMELAGE_DB_USER=postgres JUMELAGE_DB_REPLICA_URL=…
#   scripts/loadtest/pg-replica.sh status FOLDER    the replication state (pg_stat_replication) and
#       the transactions each server has committed in database jumelage (pg_stat_database)
#   scripts/loadtest/pg-replica.sh stop FOLDER      stop both and delete the folder
set -euo pipefail

PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
DATABASE=jumelage

usage() {
  sed -n '2,17p' "$0" >&2
  exit 2
}

as_postgres() {
  runuser -u postgres -- "$@"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

sql() {
  local port="$1"
  shift
  psql -h 127.0.0.1 -p "$port" -U postgres -d "$DATABASE" -w -qtAX -c "$*"
}

start() {
  [ -x "${PG_BIN}/initdb" ] || { echo "No PostgreSQL binaries in ${PG_BIN}: apt-get install -y postgresql" >&2; exit 1; }
  local folder="${1:-}"
  [ -n "$folder" ] || folder="$(mktemp -d -t pg-replica-XXXXXX)"
  mkdir -p "$folder"
  folder="$(cd "$folder" && pwd)"
  chown postgres: "$folder"
  chmod 700 "$folder"
  local primary_port replica_port
  primary_port="$(free_port)"
  replica_port="$(free_port)"
  while [ "$replica_port" = "$primary_port" ]; do replica_port="$(free_port)"; done

  as_postgres "${PG_BIN}/initdb" -D "${folder}/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"${folder}/initdb.log"
  cat >>"${folder}/primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = ${primary_port}
unix_socket_directories = '${folder}'
wal_level = replica
max_wal_senders = 4
hot_standby = on
shared_buffers = 64MB
EOF
  as_postgres "${PG_BIN}/pg_ctl" -D "${folder}/primary" -l "${folder}/primary.log" -w -t 60 start >/dev/null
  psql -h 127.0.0.1 -p "$primary_port" -U postgres -d postgres -w -qtAX -c "create database ${DATABASE}" >/dev/null

  as_postgres "${PG_BIN}/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "${folder}/replica" \
    -R -X stream -c fast
  cat >>"${folder}/replica/postgresql.conf" <<EOF
port = ${replica_port}
EOF
  as_postgres "${PG_BIN}/pg_ctl" -D "${folder}/replica" -l "${folder}/replica.log" -w -t 60 start >/dev/null

  local deadline=$((SECONDS + 60))
  until [ "$(sql "$primary_port" "select count(*) from pg_stat_replication where state = 'streaming'" 2>/dev/null)" = 1 ] \
    && [ "$(sql "$replica_port" "select pg_is_in_recovery()" 2>/dev/null)" = t ]; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "The replica did not stream within 60 s (logs: ${folder}/*.log)" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "PG_FOLDER=${folder}"
  echo "PG_PRIMARY_PORT=${primary_port}"
  echo "PG_REPLICA_PORT=${replica_port}"
  echo "JUMELAGE_DB_URL=jdbc:postgresql://127.0.0.1:${primary_port}/${DATABASE}"
  echo "JUMELAGE_DB_USER=postgres"
  echo "JUMELAGE_DB_REPLICA_URL=jdbc:postgresql://127.0.0.1:${replica_port}/${DATABASE}"
  echo "Primary on 127.0.0.1:${primary_port}, streaming replica on 127.0.0.1:${replica_port} (folder ${folder})" >&2
}

port_of() {
  sed -n "s/^port = \([0-9]*\)$/\1/p" "$1/postgresql.conf" | tail -1
}

status() {
  local folder="${1:-}"
  [ -n "$folder" ] || usage
  local primary_port replica_port
  primary_port="$(port_of "${folder}/primary")"
  replica_port="$(port_of "${folder}/replica")"
  echo "replication: $(sql "$primary_port" "select state || ', replay lag ' || coalesce(replay_lag::text, '0') from pg_stat_replication")"
  echo "primary committed transactions: $(sql "$primary_port" "select xact_commit from pg_stat_database where datname = '${DATABASE}'")"
  echo "replica committed transactions: $(sql "$replica_port" "select xact_commit from pg_stat_database where datname = '${DATABASE}'")"
  echo "replica client connections: $(sql "$replica_port" "select count(*) from pg_stat_activity where datname = '${DATABASE}' and pid <> pg_backend_pid()")"
}

stop() {
  local folder="${1:-}"
  [ -n "$folder" ] || usage
  for server in replica primary; do
    [ -d "${folder}/${server}" ] && as_postgres "${PG_BIN}/pg_ctl" -D "${folder}/${server}" -m fast -w stop >/dev/null || true
  done
  rm -rf "$folder"
  echo "Stopped and removed ${folder}" >&2
}

case "${1:-}" in
  start) shift; start "$@" ;;
  status) shift; status "$@" ;;
  stop) shift; stop "$@" ;;
  *) usage ;;
esac
