#!/usr/bin/env bash
# Scale-out test: several Jumelage instances on one PostgreSQL database behind HAProxy (round robin),
# one of them killed with `kill -9` under load and started again. 127.0.0.1 only; every load is
# bounded in time and count. Steps:
#   1. builds the jar unless JAR names one; starts a local SMTP sink (smtp-sink.py), S3Proxy, instance a on a
#      fresh schema (it migrates), then the other instances, then HAProxy in front of them;
#   2. through the balancer: makes a project with an event open for registration, registers the
#      people who will come to the door (wrk, register.lua), signs an administrator in;
#   3. for LOAD_SECONDS: registrations (wrk, register.lua) and, one day after the other, check-ins
#      of the door people by two devices each (wrk, check-in.lua); every acknowledged one is
#      written down. After KILL_AT seconds instance b is killed with `kill -9` and started again;
#   4. checks, through the balancer: the administrator is still signed in while b is down and on b
#      after its restart (sessions in the database); the public form's rate limit counts across
#      the instances (RATE_LIMIT submissions accepted, then 429, from both instances);
#      an evidence scan uploaded through each instance downloads through each other one unchanged
#      (SHA-256), the files in an S3-compatible store (S3Proxy, s3proxy.sh; STORAGE=local: in one
#      folder the instances share);
#   5. waits until the outbox is sent, then checks in the database and the SMTP sink's log: every
#      acknowledged registration stored once, every acknowledged check-in counted once, every mail
#      received once (a mail the killed instance had claimed is "in doubt": never resent, received
#      at most once); and in the instances' logs that each scheduled job ran once per period
#      (ShedLock's lock; job-runs.py).
# With REPLICA=1 the database is a primary with a streaming read replica of its own (pg-replica.sh,
# free ports, a folder under target/scale-out/) instead of the server at 5432, the instances read
# their read-only transactions from the replica (JUMELAGE_DB_REPLICA_URL), and the result says how
# many transactions each server committed (the test fails if the replica served none).
# Prints the counts and exits non-zero on any failure. Details in target/scale-out/.
# Usage: scripts/loadtest/scale-out-test.sh            (about 5 minutes; needs haproxy, wrk, curl, jq, psql, python3)
#        SHORT=1 scripts/loadtest/scale-out-test.sh    (the CI version: shorter load, about 2-3 minutes)
# Settings: INSTANCES (2), LOAD_SECONDS, KILL_AT, CLIENTS (registration clients, 2), REG_PER_CLIENT
#           (registrations per client at most: 1,000 short, 20,000 otherwise), DOOR_PEOPLE,
#           RATE_LIMIT (4), SCHEMA (jumelage_scaleout_test), JAR, STARTUP_SECONDS (600), STORAGE (s3 or local),
#           REPLICA (0 or 1).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

SHORT="${SHORT:-0}"
if [ "$SHORT" = 1 ]; then
  LOAD_SECONDS="${LOAD_SECONDS:-40}"
  KILL_AT="${KILL_AT:-8}"
  DOOR_PEOPLE="${DOOR_PEOPLE:-40}"
  # At most this many registrations per client: the outbox's mails are all sent before the checks.
  REG_PER_CLIENT="${REG_PER_CLIENT:-1000}"
else
  LOAD_SECONDS="${LOAD_SECONDS:-120}"
  KILL_AT="${KILL_AT:-30}"
  DOOR_PEOPLE="${DOOR_PEOPLE:-100}"
  REG_PER_CLIENT="${REG_PER_CLIENT:-20000}"
fi
AFTER_RESTART="${AFTER_RESTART:-15}"
MAX_LOAD_SECONDS="${MAX_LOAD_SECONDS:-600}"
INSTANCES="${INSTANCES:-2}"
STORAGE="${STORAGE:-s3}"
CLIENTS="${CLIENTS:-2}"
RATE_LIMIT="${RATE_LIMIT:-4}"
SCHEMA="${SCHEMA:-jumelage_scaleout_test}"
REPLICA="${REPLICA:-0}"
STARTUP_SECONDS="${STARTUP_SECONDS:-600}"
DAYS=(2018-11-08 2018-11-09 2018-11-10 2018-11-11 2018-11-12)
# How often each job runs in the test, and its lock's minimum hold (a little below the period):
# the period is the shortest allowed gap between two runs of one job across all instances.
JOB_PERIODS="mail-outbox=1.5,rate-limit-cleanup=2,participant-retention=3,session-cleanup=3"
JOB_SETTINGS=(
  --jumelage.mail.poll-interval=2s
  --jumelage.mail.batch-size=100
  --jumelage.jobs.mail-outbox.lock-at-least-for=PT1.5S
  --jumelage.jobs.mail-outbox.lock-at-most-for=PT20S
  --jumelage.public-forms.cleanup-interval=3s
  --jumelage.jobs.rate-limit-cleanup.lock-at-least-for=PT2S
  --jumelage.jobs.rate-limit-cleanup.lock-at-most-for=PT20S
  "--jumelage.retention.cron=*/5 * * * * *"
  --jumelage.jobs.participant-retention.lock-at-least-for=PT3S
  --jumelage.jobs.participant-retention.lock-at-most-for=PT20S
  "--jumelage.sessions.cleanup-cron=*/5 * * * * *"
  --jumelage.jobs.session-cleanup.lock-at-least-for=PT3S
  --jumelage.jobs.session-cleanup.lock-at-most-for=PT20S
  --logging.level.net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor=DEBUG
)
JAVA_OPTIONS="${JAVA_OPTIONS:--Xmx768m -XX:TieredStopAtLevel=1}"
TOKEN="jmlg_scaleout_$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"
ADMIN_EMAIL=scaleout@jumelage.test
ADMIN_PASSWORD='Scaleout-Administrator-1'
WORK=target/scale-out
PSQL=(env PGOPTIONS=-cclient_min_messages=warning psql -h 127.0.0.1 -U postgres -d test -w -qtA)
DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=${SCHEMA}"
REPLICA_ENV=()
PG_FOLDER=""

for tool in haproxy wrk curl jq psql python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "The scale-out test needs ${tool} (apt-get install -y ${tool})." >&2; exit 1; }
done
[ "$INSTANCES" -ge 2 ] || { echo "INSTANCES must be at least 2." >&2; exit 2; }

# shellcheck source=application.sh
source scripts/loadtest/application.sh

NAMES=()
PORTS=()
PIDS=()
HAPROXY=""
SINK=""
S3PROXY=""
BACKGROUND=()
FAILURES=()

cleanup() {
  local pid
  for pid in "${BACKGROUND[@]}" "${PIDS[@]}" $HAPROXY $SINK $S3PROXY; do
    [ -z "$pid" ] || kill -9 "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  if [ -n "$PG_FOLDER" ]; then
    scripts/loadtest/pg-replica.sh stop "$PG_FOLDER" 2>/dev/null || true
    return
  fi
  if [ "$KEEP_SCHEMA" = no ]; then
    "${PSQL[@]}" -c "drop schema if exists ${SCHEMA} cascade" >/dev/null 2>&1 || true
  fi
}
KEEP_SCHEMA=no
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

fail() {
  FAILURES+=("$*")
  echo "FAILED: $*" >&2
}

elapsed() {
  echo $(($(date +%s) - LOAD_START))
}

# start_instance I: starts instance I (a, b, …) in the background on its own port, logging to
# ${WORK}/instance-<name>.log; ready_instance I waits until it has started and is healthy.
start_instance() {
  local i="$1" name="${NAMES[$1]}"
  STARTS[$i]=$(cat "${WORK}/instance-${name}.log" 2>/dev/null | grep -c 'Jumelage data directory:' || true)
  env JUMELAGE_DB_URL="$DB_URL" JUMELAGE_DB_USER=postgres \
    JUMELAGE_DATA_DIR="${WORK}/data-${name}" \
    JUMELAGE_ADMIN_EMAIL="$ADMIN_EMAIL" JUMELAGE_ADMIN_PASSWORD="$ADMIN_PASSWORD" JUMELAGE_ADMIN_API_TOKEN="$TOKEN" \
    JUMELAGE_PUBLIC_URL="$BASE" PORT="${PORTS[$i]}" \
    JUMELAGE_SMTP_HOST=127.0.0.1 JUMELAGE_SMTP_PORT="$SMTP_PORT" JUMELAGE_SMTP_STARTTLS=false \
    "${STORAGE_ENV[@]}" "${REPLICA_ENV[@]}" \
    java ${JAVA_OPTIONS} -jar "$JAR" --server.address=127.0.0.1 \
    "--jumelage.public-forms.rate-limit=${RATE_LIMIT}" --jumelage.public-forms.rate-window=30m \
    "${JOB_SETTINGS[@]}" >>"${WORK}/instance-${name}.log" 2>&1 &
  PIDS[$i]=$!
}

ready_instance() {
  local i="$1" name="${NAMES[$1]}" started
  started=$(date +%s)
  while [ $(($(date +%s) - started)) -lt "$STARTUP_SECONDS" ]; do
    if [ "$(grep -c 'Jumelage data directory:' "${WORK}/instance-${name}.log" || true)" -gt "${STARTS[$i]:-0}" ] \
        && curl -fs "http://127.0.0.1:${PORTS[$i]}/actuator/health" >/dev/null 2>&1; then
      echo "Instance ${name} (port ${PORTS[$i]}, process ${PIDS[$i]}) is ready."
      return 0
    fi
    kill -0 "${PIDS[$i]}" 2>/dev/null || break
    sleep 1
  done
  echo "Instance ${name} did not start; see ${WORK}/instance-${name}.log" >&2
  exit 1
}

# Through the balancer: an HTTP status and the instance that answered (HAProxy's header).
served_by() {
  tr -d '\r' <"$1" | awk -F': ' 'tolower($1) == "x-jumelage-instance" { print $2 }' | tail -1
}

# HAProxy's count of answers with status 2xx per instance: "name count" lines.
answers_per_instance() {
  python3 - "${WORK}/haproxy.sock" <<'PYTHON'
import csv, socket, sys
with socket.socket(socket.AF_UNIX) as s:
    s.connect(sys.argv[1])
    s.sendall(b"show stat\n")
    data = b""
    while chunk := s.recv(65536):
        data += chunk
rows = list(csv.DictReader(data.decode().lstrip("# ").splitlines()))
for row in rows:
    if row["pxname"] == "jumelage" and row["svname"] not in ("FRONTEND", "BACKEND"):
        print(row["svname"], row["hrsp_2xx"] or 0)
PYTHON
}

# ---------------------------------------------------------------------------------------------
rm -rf "$WORK" && mkdir -p "$WORK"/answers "$WORK"/check-ins
build_application
for i in $(seq 0 $((INSTANCES - 1))); do
  NAMES[$i]=$(printf "\\x$(printf %x $((97 + i)))")
  PORTS[$i]=$(free_port)
done
LB_PORT=$(free_port)
BASE="http://127.0.0.1:${LB_PORT}"
echo "===== Scale-out test: ${INSTANCES} instances behind HAProxy at ${BASE}, PostgreSQL schema ${SCHEMA}"

python3 scripts/loadtest/smtp-sink.py "${WORK}/mails.tsv" "${WORK}/smtp.port" &
SINK=$!
for _ in $(seq 50); do [ -s "${WORK}/smtp.port" ] && break; sleep 0.1; done
SMTP_PORT=$(cat "${WORK}/smtp.port")
echo "SMTP sink at 127.0.0.1:${SMTP_PORT}."
# Files: one S3-compatible bucket all instances share (S3Proxy, scripts/loadtest/s3proxy.sh), or
# with STORAGE=local one folder they share.
if [ "$STORAGE" = s3 ]; then
  S3_SETTINGS=$(scripts/loadtest/s3proxy.sh start 0 "${PWD}/${WORK}/objects" jumelage)
  S3PROXY=$(sed -n 's/^S3PROXY_PID=//p' <<<"$S3_SETTINGS")
  mapfile -t STORAGE_ENV < <(grep '^JUMELAGE_STORAGE_' <<<"$S3_SETTINGS")
  STORAGE_NAME="S3Proxy at $(sed -n 's/^S3PROXY_ENDPOINT=//p' <<<"$S3_SETTINGS"), bucket jumelage"
  echo "S3-compatible store: ${STORAGE_NAME}."
else
  STORAGE_ENV=(JUMELAGE_STORAGE_TYPE=local "JUMELAGE_STORAGE_FOLDER=${PWD}/${WORK}/files")
  STORAGE_NAME="a folder shared by the instances"
fi

# The database: the server at 5432, or with REPLICA=1 a primary and its streaming replica of their own.
if [ "$REPLICA" = 1 ]; then
  PG_SETTINGS=$(scripts/loadtest/pg-replica.sh start "${PWD}/${WORK}/pg")
  PG_FOLDER=$(sed -n 's/^PG_FOLDER=//p' <<<"$PG_SETTINGS")
  PG_PRIMARY_PORT=$(sed -n 's/^PG_PRIMARY_PORT=//p' <<<"$PG_SETTINGS")
  PG_REPLICA_PORT=$(sed -n 's/^PG_REPLICA_PORT=//p' <<<"$PG_SETTINGS")
  PSQL=(env PGOPTIONS=-cclient_min_messages=warning psql -h 127.0.0.1 -p "$PG_PRIMARY_PORT" -U postgres -d jumelage -w -qtA)
  DB_URL="jdbc:postgresql://127.0.0.1:${PG_PRIMARY_PORT}/jumelage?currentSchema=${SCHEMA}"
  REPLICA_ENV=("JUMELAGE_DB_REPLICA_URL=jdbc:postgresql://127.0.0.1:${PG_REPLICA_PORT}/jumelage?currentSchema=${SCHEMA}")
  echo "Database: primary at 127.0.0.1:${PG_PRIMARY_PORT}, streaming replica at 127.0.0.1:${PG_REPLICA_PORT} (read-only transactions)."
fi
"${PSQL[@]}" -c "drop schema if exists ${SCHEMA} cascade; create schema ${SCHEMA}" >/dev/null
STARTUP_BEGIN=$(date +%s)
# Instance a migrates the fresh schema and loads the towns; the others start once it is done.
start_instance 0
ready_instance 0
for i in $(seq 1 $((INSTANCES - 1))); do start_instance "$i"; done
for i in $(seq 1 $((INSTANCES - 1))); do ready_instance "$i"; done
echo "All ${INSTANCES} instances ready after $(($(date +%s) - STARTUP_BEGIN)) s."

{
  cat <<EOF
global
  maxconn 512
  stats socket ${PWD}/${WORK}/haproxy.sock mode 600 level user
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  # A request that could not reach an instance (connection refused) goes to another one; a request
  # an instance received is never sent twice.
  retries 3
  option redispatch
  option forwardfor
frontend scale_out
  bind 127.0.0.1:${LB_PORT}
  default_backend jumelage
backend jumelage
  balance roundrobin
  option httpchk
  http-check send meth GET uri /actuator/health
  http-check expect status 200
  default-server inter 1s fall 2 rise 2
  http-response set-header X-Jumelage-Instance %[srv_name]
EOF
  for i in $(seq 0 $((INSTANCES - 1))); do
    echo "  server ${NAMES[$i]} 127.0.0.1:${PORTS[$i]} check"
  done
} >"${WORK}/haproxy.cfg"
haproxy -q -db -f "${WORK}/haproxy.cfg" >"${WORK}/haproxy.log" 2>&1 &
HAPROXY=$!
for _ in $(seq 30); do curl -fs "${BASE}/actuator/health" >/dev/null 2>&1 && break; sleep 0.5; done
sleep 2
echo "HAProxy $(haproxy -v | head -1 | awk '{ print $3 }') balances round robin over ${NAMES[*]}."

# ---------------------------------------------------------------------------------------------
echo "Making a project with an event open for registration, through the balancer..."
open_event "Scale-out test" "Mērogošanas tests"

echo "Registering the ${DOOR_PEOPLE} people who will come to the door..."
mkdir -p "${WORK}/door"
# wrk runs for its whole duration even when its threads stopped: it is interrupted once all answered.
EVENT_ID="$EVENT" TOKEN="$TOKEN" MAX_PER_THREAD=$((DOOR_PEOPLE / 2)) ANSWERS_DIR="${WORK}/door" EMAIL_PREFIX=door \
  wrk -t2 -c2 -d120s --timeout 30s -s scripts/loadtest/register.lua "$BASE" >"${WORK}/door.txt" 2>&1 &
DOOR=$!
while kill -0 "$DOOR" 2>/dev/null && [ "$(cat "${WORK}"/door/registered-*.txt 2>/dev/null | wc -l)" -lt $((DOOR_PEOPLE / 2 * 2)) ]; do
  sleep 0.5
done
kill -INT "$DOOR" 2>/dev/null || true
wait "$DOOR" 2>/dev/null || true
api GET "/api/v1/events/${EVENT}/registrations?size=500" | jq -r '.items[] | "\(.email) \(.checkInToken)"' >"${WORK}/door-people.txt"
cut -d' ' -f2 "${WORK}/door-people.txt" >"${WORK}/tokens.txt"
[ "$(wc -l <"${WORK}/tokens.txt")" -gt 0 ] || { echo "No door registrations: see ${WORK}/door.txt" >&2; exit 1; }

echo "Signing the administrator in through the balancer..."
COOKIES="${WORK}/session-cookies.txt"
CSRF=$(csrf_token "$(curl -sS -c "$COOKIES" -b "$COOKIES" "${BASE}/sign-in")") \
  || { echo "No CSRF token on the sign-in page." >&2; exit 1; }
curl -sS -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "_csrf=${CSRF}" \
  --data-urlencode "email=${ADMIN_EMAIL}" --data-urlencode "password=${ADMIN_PASSWORD}" "${BASE}/sign-in"

# signed_in_page: one signed-in page through the balancer; prints "status instance".
signed_in_page() {
  local headers="${WORK}/signed-in-headers.txt" code
  code=$(curl -sS -o /dev/null -D "$headers" -b "$COOKIES" -w '%{http_code}' "${BASE}/projects" || echo 000)
  echo "${code} $(served_by "$headers")"
}
: >"${WORK}/sessions.txt"
for _ in $(seq $((INSTANCES * 2))); do echo "before $(signed_in_page)" >>"${WORK}/sessions.txt"; done

# ---------------------------------------------------------------------------------------------
echo "Load for at least ${LOAD_SECONDS} s and ${AFTER_RESTART} s after the restart: ${CLIENTS} clients register,"
echo "two devices check people in, one day after the other;"
echo "kill -9 of instance b after ${KILL_AT} s, then it starts again..."
LOAD_START=$(date +%s)
CHECK_IN_SECONDS=$((LOAD_SECONDS / ${#DAYS[@]}))
EVENT_ID="$EVENT" TOKEN="$TOKEN" MAX_PER_THREAD="$REG_PER_CLIENT" ANSWERS_DIR="${WORK}/answers" EMAIL_PREFIX=load \
  wrk -t"$CLIENTS" -c"$CLIENTS" -d"${MAX_LOAD_SECONDS}s" --timeout 30s --latency -s scripts/loadtest/register.lua "$BASE" \
  >"${WORK}/registrations.txt" 2>&1 &
REGISTRATIONS=$!
BACKGROUND+=("$REGISTRATIONS")
(
  # One day's check-ins after the other, each day's scans repeated once all days had theirs (the
  # same nonces: a device sending again what it may not have got an answer for). wrk runs for its
  # whole duration; its devices stop once they walked the token list.
  scans=0
  while [ ! -e "${WORK}/load-stop" ] && [ $(($(date +%s) - LOAD_START)) -lt "$MAX_LOAD_SECONDS" ]; do
    day="${DAYS[$((scans % ${#DAYS[@]}))]}"
    EVENT_ID="$EVENT" TOKEN="$TOKEN" TOKENS_FILE="${WORK}/tokens.txt" DAY="$day" ANSWERS_DIR="${WORK}/check-ins" \
      wrk -t2 -c2 -d"${CHECK_IN_SECONDS}s" --timeout 30s -s scripts/loadtest/check-in.lua "$BASE" \
      >>"${WORK}/check-ins.txt" 2>&1 || true
    scans=$((scans + 1))
  done
) &
CHECK_INS=$!
BACKGROUND+=("$CHECK_INS")

while [ "$(elapsed)" -lt "$KILL_AT" ]; do sleep 0.5; done
VICTIM=1
VICTIM_PID=${PIDS[$VICTIM]}
kill -9 "$VICTIM_PID"
wait "$VICTIM_PID" 2>/dev/null || true
KILLED_AT=$(elapsed)
echo "Killed instance ${NAMES[$VICTIM]} (process ${VICTIM_PID}) with kill -9 at ${KILLED_AT} s."
sleep 3
for _ in $(seq $((INSTANCES * 2))); do echo "down $(signed_in_page)" >>"${WORK}/sessions.txt"; done
start_instance "$VICTIM"
ready_instance "$VICTIM"
RESTARTED_AT=$(elapsed)
answers_per_instance >"${WORK}/answers-at-restart.txt"
echo "Instance ${NAMES[$VICTIM]} is back at ${RESTARTED_AT} s."
sleep 3
for _ in $(seq $((INSTANCES * 3))); do echo "restarted $(signed_in_page)" >>"${WORK}/sessions.txt"; done

# The load goes on until the restarted instance has served for a while, at least LOAD_SECONDS.
while [ "$(elapsed)" -lt "$LOAD_SECONDS" ] || [ "$(elapsed)" -lt $((RESTARTED_AT + AFTER_RESTART)) ]; do sleep 0.5; done
touch "${WORK}/load-stop"
kill -INT "$REGISTRATIONS" 2>/dev/null || true
wait "$REGISTRATIONS" || true
wait "$CHECK_INS" || true
BACKGROUND=()
LOAD_DONE=$(elapsed)
answers_per_instance >"${WORK}/answers-at-end.txt"
AFTER_RESTART_ANSWERS=$(join "${WORK}/answers-at-restart.txt" "${WORK}/answers-at-end.txt" \
  | awk -v victim="${NAMES[$VICTIM]}" '$1 == victim { print $3 - $2 }')
SHARES=$(join "${WORK}/answers-at-restart.txt" "${WORK}/answers-at-end.txt" | awk '{ printf "%s %d, ", $1, $3 - $2 }')
echo "Load done after ${LOAD_DONE} s."
grep RESULT "${WORK}/registrations.txt" || true

# ---------------------------------------------------------------------------------------------
echo "Files: an evidence scan uploaded through each instance, downloaded through each other one..."
python3 - "${WORK}/scan.png" <<'PYTHON'
import os, struct, sys, zlib
width = height = 300
rows = b"".join(b"\x00" + os.urandom(width * 3) for _ in range(height))
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
with open(sys.argv[1], "wb") as out:
    out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
              + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
PYTHON
SCAN_SHA=$(sha256sum "${WORK}/scan.png" | cut -d' ' -f1)
FILES_CHECKED=0
FILES_OK=0
for i in $(seq 0 $((INSTANCES - 1))); do
  uploaded=$(curl -sS -X POST -H "Authorization: Bearer ${TOKEN}" -F "file=@${WORK}/scan.png;type=image/png" \
    "http://127.0.0.1:${PORTS[$i]}/api/v1/events/${EVENT}/evidence" | jq -r '.id // empty' || true)
  for j in $(seq 0 $((INSTANCES - 1))); do
    [ "$i" -ne "$j" ] || continue
    FILES_CHECKED=$((FILES_CHECKED + 1))
    downloaded=""
    if [ -n "$uploaded" ]; then
      downloaded=$(curl -sS -H "Authorization: Bearer ${TOKEN}" \
        "http://127.0.0.1:${PORTS[$j]}/api/v1/events/${EVENT}/evidence/${uploaded}" | sha256sum | cut -d' ' -f1)
    fi
    if [ "$downloaded" = "$SCAN_SHA" ]; then
      FILES_OK=$((FILES_OK + 1))
    else
      echo "Scan ${uploaded:-(upload refused)} uploaded through ${NAMES[$i]} did not download through ${NAMES[$j]} unchanged." >&2
    fi
  done
done

# ---------------------------------------------------------------------------------------------
echo "Rate limit through the balancer: $((RATE_LIMIT * 2)) public form submissions from one address..."
RATE_COOKIES="${WORK}/rate-cookies.txt"
CSRF=$(csrf_token "$(curl -sS -c "$RATE_COOKIES" -b "$RATE_COOKIES" "${BASE}/register/${PUBLIC_TOKEN}")") \
  || { echo "No CSRF token on the public registration form." >&2; exit 1; }
: >"${WORK}/rate-limit.txt"
for n in $(seq $((RATE_LIMIT * 2))); do
  code=$(curl -sS -o /dev/null -D "${WORK}/rate-headers.txt" -c "$RATE_COOKIES" -b "$RATE_COOKIES" -w '%{http_code}' \
    --data-urlencode "_csrf=${CSRF}" --data-urlencode "firstName=Rate${n}" --data-urlencode "lastName=Limit${n}" \
    --data-urlencode "email=rate-limit-${n}@example.org" --data-urlencode "country=LT" --data-urlencode "consent=true" \
    "${BASE}/register/${PUBLIC_TOKEN}" || echo 000)
  echo "${code} $(served_by "${WORK}/rate-headers.txt")" >>"${WORK}/rate-limit.txt"
done
RATE_ACCEPTED=$(grep -c '^30[23] ' "${WORK}/rate-limit.txt" || true)
RATE_REFUSED=$(grep -c '^429 ' "${WORK}/rate-limit.txt" || true)
RATE_REFUSERS=$(awk '$1 == 429 { print $2 }' "${WORK}/rate-limit.txt" | sort -u | tr '\n' ' ')
RATE_SERVERS=$(awk '{ print $2 }' "${WORK}/rate-limit.txt" | sort -u | wc -l)

# ---------------------------------------------------------------------------------------------
echo "Waiting for the outbox to be sent..."
count() {
  "${PSQL[@]}" -c "$1"
}
# Until nothing is left to send, or nothing was sent for a minute.
unsent() {
  count "select count(*) from ${SCHEMA}.mail_outbox where status = 'PENDING' or (status = 'SENDING' and claimed_by not like '${VICTIM_PID}@%')"
}
last=-1
still=0
while left=$(unsent) && [ "$left" -gt 0 ] && [ "$still" -lt 60 ]; do
  if [ "$left" = "$last" ]; then still=$((still + 1)); else still=0; last="$left"; fi
  sleep 1
done
# One more period of every job after the load (the cron jobs fire every 5 s).
sleep 6

# ---------------------------------------------------------------------------------------------
echo "Checking the database, the mails and the logs..."
cat "${WORK}"/door/registered-*.txt "${WORK}"/answers/registered-*.txt | sort >"${WORK}/acknowledged.txt"
cat "${WORK}"/check-ins/checked-in-*.txt 2>/dev/null | sort -u >"${WORK}/check-ins-acknowledged.txt" || true
"${PSQL[@]}" -c "create table ${SCHEMA}.scaleout_acknowledged (email varchar(320))" >/dev/null
"${PSQL[@]}" -c "\\copy ${SCHEMA}.scaleout_acknowledged from '${WORK}/acknowledged.txt'" >/dev/null
# Acknowledged check-ins: (registration, day) as the answers said them.
tr ' ' '\t' <"${WORK}/check-ins-acknowledged.txt" >"${WORK}/check-ins-acknowledged.tsv"
"${PSQL[@]}" -c "create table ${SCHEMA}.scaleout_checked_in (registration_id bigint, day date)" >/dev/null
"${PSQL[@]}" -c "\\copy ${SCHEMA}.scaleout_checked_in from '${WORK}/check-ins-acknowledged.tsv'" >/dev/null
# The outbox first, then what the sink received: a mail is marked SENT only after the sink took it.
"${PSQL[@]}" -c "create table ${SCHEMA}.scaleout_outbox as select id, recipient, status, claimed_by from ${SCHEMA}.mail_outbox" >/dev/null
cut -f1 "${WORK}/mails.tsv" | sort | uniq -c | awk '{ print $2 "\t" $1 }' >"${WORK}/mails-received.tsv"
"${PSQL[@]}" -c "create table ${SCHEMA}.scaleout_received (mail_id bigint, times int)" >/dev/null
"${PSQL[@]}" -c "\\copy ${SCHEMA}.scaleout_received from '${WORK}/mails-received.tsv'" >/dev/null

S="${SCHEMA}"
REGISTERED="${S}.event_registration r where r.event_id = ${EVENT}"
ATTENDANCE="${S}.event_attendance a join ${S}.event_registration r on r.id = a.registration_id where r.event_id = ${EVENT}"
ACKNOWLEDGED=$(count "select count(*) from ${S}.scaleout_acknowledged")
ACK_DISTINCT=$(count "select count(distinct email) from ${S}.scaleout_acknowledged")
STORED=$(count "select count(*) from ${REGISTERED} and (r.email like 'door-%' or r.email like 'load-%')")
LOST=$(count "select count(*) from ${S}.scaleout_acknowledged a where not exists (select 1 from ${REGISTERED} and r.email = a.email)")
DUPLICATED=$(count "select count(*) from (select r.email from ${REGISTERED} group by r.email having count(*) > 1) d")
UNACKNOWLEDGED=$(count "select count(*) from ${REGISTERED} and (r.email like 'door-%' or r.email like 'load-%') and not exists (select 1 from ${S}.scaleout_acknowledged a where a.email = r.email)")

CHECKINS_ACK=$(count "select count(*) from ${S}.scaleout_checked_in")
CHECKINS_SCANS=$(cat "${WORK}"/check-ins/checked-in-*.txt 2>/dev/null | wc -l)
CHECKINS_STORED=$(count "select count(*) from ${ATTENDANCE}")
CHECKINS_LOST=$(count "select count(*) from ${S}.scaleout_checked_in c where not exists (select 1 from ${ATTENDANCE} and a.registration_id = c.registration_id and a.attendance_day = c.day)")
CHECKINS_TWICE=$(count "select count(*) from (select a.registration_id, a.attendance_day from ${S}.event_attendance a group by a.registration_id, a.attendance_day having count(*) > 1) d")
CHECKINS_UNACK=$(count "select count(*) from ${ATTENDANCE} and not exists (select 1 from ${S}.scaleout_checked_in c where c.registration_id = a.registration_id and c.day = a.attendance_day)")
API_PRESENT=$(api GET "/api/v1/events/${EVENT}/attendance" | jq '[.presentByDay[]] | add // 0')

OUTBOX=$(count "select count(*) from ${S}.scaleout_outbox")
MAILS_SENT=$(count "select count(*) from ${S}.scaleout_outbox where status = 'SENT'")
MAILS_PENDING=$(count "select count(*) from ${S}.scaleout_outbox where status in ('PENDING', 'FAILED') or (status = 'SENDING' and claimed_by not like '${VICTIM_PID}@%')")
IN_DOUBT=$(count "select count(*) from ${S}.scaleout_outbox where status in ('SENDING', 'UNKNOWN') and claimed_by like '${VICTIM_PID}@%'")
IN_DOUBT_RECEIVED=$(count "select count(*) from ${S}.scaleout_outbox o join ${S}.scaleout_received m on m.mail_id = o.id where o.status in ('SENDING', 'UNKNOWN') and o.claimed_by like '${VICTIM_PID}@%'")
RECEIVED=$(wc -l <"${WORK}/mails.tsv")
RECEIVED_ONCE=$(count "select count(*) from ${S}.scaleout_received where times = 1")
RECEIVED_TWICE=$(count "select count(*) from ${S}.scaleout_received where times > 1")
SENT_NOT_RECEIVED=$(count "select count(*) from ${S}.scaleout_outbox o where o.status = 'SENT' and not exists (select 1 from ${S}.scaleout_received m where m.mail_id = o.id)")
NOT_IN_OUTBOX=$(count "select count(*) from ${S}.scaleout_received m where not exists (select 1 from ${S}.scaleout_outbox o where o.id = m.mail_id)")
# Each acknowledged registration's confirmation: a mail to that address, unless it is in doubt.
NO_MAIL=$(count "select count(*) from ${S}.scaleout_acknowledged a where not exists (select 1 from ${S}.scaleout_outbox o where o.recipient = a.email and (o.status = 'SENT' or o.claimed_by like '${VICTIM_PID}@%'))")

JOBS_LOGS=()
for i in $(seq 0 $((INSTANCES - 1))); do JOBS_LOGS+=("${NAMES[$i]}=${WORK}/instance-${NAMES[$i]}.log"); done
JOBS_STATUS=0
python3 scripts/loadtest/job-runs.py "$JOB_PERIODS" "${JOBS_LOGS[@]}" >"${WORK}/job-runs.txt" || JOBS_STATUS=$?

SESSION_BEFORE=$(grep -c '^before 200 ' "${WORK}/sessions.txt" || true)
SESSION_DOWN=$(grep -c '^down 200 ' "${WORK}/sessions.txt" || true)
SESSION_DOWN_VICTIM=$(grep -c "^down [0-9]* ${NAMES[$VICTIM]}\$" "${WORK}/sessions.txt" || true)
SESSION_RESTARTED=$(grep -c '^restarted 200 ' "${WORK}/sessions.txt" || true)
SESSION_ON_VICTIM=$(grep -c "^restarted 200 ${NAMES[$VICTIM]}\$" "${WORK}/sessions.txt" || true)
SESSION_CHECKS=$(wc -l <"${WORK}/sessions.txt")
SESSION_OK=$(grep -c ' 200 ' "${WORK}/sessions.txt" || true)

# With REPLICA=1: the transactions each server committed in database jumelage during the test.
if [ -n "$PG_FOLDER" ]; then
  scripts/loadtest/pg-replica.sh status "$PG_FOLDER" >"${WORK}/replica.txt"
  REPLICA_COMMITS=$(sed -n 's/^replica committed transactions: //p' "${WORK}/replica.txt")
  PRIMARY_COMMITS=$(sed -n 's/^primary committed transactions: //p' "${WORK}/replica.txt")
  REPLICATION=$(sed -n 's/^replication: //p' "${WORK}/replica.txt")
fi

# ---------------------------------------------------------------------------------------------
[ "$ACKNOWLEDGED" -gt 0 ] || fail "no registration was acknowledged"
[ "$ACKNOWLEDGED" -eq "$ACK_DISTINCT" ] || fail "an e-mail was acknowledged twice"
[ "$LOST" -eq 0 ] || fail "${LOST} acknowledged registrations lost"
[ "$DUPLICATED" -eq 0 ] || fail "${DUPLICATED} registrations stored twice"
[ "$CHECKINS_ACK" -gt 0 ] || fail "no check-in was acknowledged"
[ "$CHECKINS_LOST" -eq 0 ] || fail "${CHECKINS_LOST} acknowledged check-ins not counted"
[ "$CHECKINS_TWICE" -eq 0 ] || fail "${CHECKINS_TWICE} check-ins counted twice"
[ "$API_PRESENT" -eq "$CHECKINS_STORED" ] || fail "the attendance API counts ${API_PRESENT}, the database ${CHECKINS_STORED}"
[ "$RECEIVED_TWICE" -eq 0 ] || fail "${RECEIVED_TWICE} mails received more than once"
[ "$SENT_NOT_RECEIVED" -eq 0 ] || fail "${SENT_NOT_RECEIVED} mails marked sent but never received"
[ "$MAILS_PENDING" -eq 0 ] || fail "${MAILS_PENDING} mails still unsent or failed"
[ "$NO_MAIL" -eq 0 ] || fail "${NO_MAIL} acknowledged registrations without their confirmation mail"
[ "$NOT_IN_OUTBOX" -eq 0 ] || fail "${NOT_IN_OUTBOX} received mails unknown to the outbox"
[ "$JOBS_STATUS" -eq 0 ] || fail "a scheduled job did not run once per period (see below)"
[ "$SESSION_OK" -eq "$SESSION_CHECKS" ] || fail "the session was lost on $((SESSION_CHECKS - SESSION_OK)) of ${SESSION_CHECKS} signed-in pages"
[ "$SESSION_DOWN_VICTIM" -eq 0 ] || fail "the balancer sent a signed-in page to the killed instance"
[ "${AFTER_RESTART_ANSWERS:-0}" -gt 0 ] || fail "the restarted instance answered nothing under the load"
[ "$SESSION_ON_VICTIM" -gt 0 ] || fail "no signed-in page was served by the restarted instance"
[ "$RATE_ACCEPTED" -eq "$RATE_LIMIT" ] || fail "the rate limit accepted ${RATE_ACCEPTED} submissions, not ${RATE_LIMIT}"
[ "$RATE_REFUSED" -eq "$RATE_LIMIT" ] || fail "the rate limit refused ${RATE_REFUSED} submissions, not ${RATE_LIMIT}"
[ "$FILES_OK" -eq "$FILES_CHECKED" ] || fail "$((FILES_CHECKED - FILES_OK)) of ${FILES_CHECKED} scans did not download unchanged through another instance"
[ "$RATE_SERVERS" -ge 2 ] || fail "the rate-limited submissions did not reach two instances"
[ -z "$PG_FOLDER" ] || [ "${REPLICA_COMMITS:-0}" -gt 0 ] || fail "the read replica served no transaction"

{
  echo
  echo "===== Scale-out test result"
  echo "setup:         ${INSTANCES} instances (${NAMES[*]}) on PostgreSQL, HAProxy round robin; load ${LOAD_DONE} s;"
  echo "               kill -9 of instance ${NAMES[$VICTIM]} at ${KILLED_AT} s, answering again at ${RESTARTED_AT} s;"
  echo "               2xx answers per instance from the restart to the end of the load: ${SHARES%, }"
  echo "registrations: acknowledged ${ACKNOWLEDGED} (201), stored ${STORED}, duplicated ${DUPLICATED}, lost ${LOST}," \
    "stored without acknowledgement ${UNACKNOWLEDGED} (answer lost in the kill)"
  echo "check-ins:     ${CHECKINS_SCANS} scans acknowledged by two devices for $(wc -l <"${WORK}/tokens.txt") people over ${#DAYS[@]} days" \
    "= ${CHECKINS_ACK} person-days; counted ${CHECKINS_STORED} (API ${API_PRESENT}), twice ${CHECKINS_TWICE}, lost ${CHECKINS_LOST}," \
    "counted without acknowledgement ${CHECKINS_UNACK}"
  echo "mails:         outbox ${OUTBOX}, sent ${MAILS_SENT}, received ${RECEIVED} (${RECEIVED_ONCE} once, ${RECEIVED_TWICE} twice)," \
    "sent but not received ${SENT_NOT_RECEIVED}, unsent ${MAILS_PENDING}, in doubt ${IN_DOUBT} (claimed by the killed instance," \
    "never resent; ${IN_DOUBT_RECEIVED} of them received once)"
  sed 's/^JOB /job:           /' "${WORK}/job-runs.txt"
  echo "session:       ${SESSION_OK} of ${SESSION_CHECKS} signed-in pages answered 200 through the balancer (before the kill" \
    "${SESSION_BEFORE}, while ${NAMES[$VICTIM]} was down ${SESSION_DOWN}, after its restart ${SESSION_RESTARTED}, of them on" \
    "${NAMES[$VICTIM]} ${SESSION_ON_VICTIM}): $([ "$SESSION_OK" -eq "$SESSION_CHECKS" ] && [ "$SESSION_ON_VICTIM" -gt 0 ] && echo survived || echo LOST)"
  echo "rate limit:    ${RATE_LIMIT} per address: of $((RATE_LIMIT * 2)) submissions through the balancer to ${RATE_SERVERS} instances," \
    "${RATE_ACCEPTED} accepted, ${RATE_REFUSED} refused (429, by ${RATE_REFUSERS% }): $([ "$RATE_ACCEPTED" -eq "$RATE_LIMIT" ] && echo shared || echo NOT SHARED)"
  echo "files:         ${FILES_OK} of ${FILES_CHECKED} scans uploaded through one instance downloaded through another with the same" \
    "SHA-256 (storage: ${STORAGE_NAME})"
  if [ -n "$PG_FOLDER" ]; then
    echo "database:      primary and streaming replica (${REPLICATION}); transactions committed: primary ${PRIMARY_COMMITS}," \
      "replica ${REPLICA_COMMITS} (read-only ones)"
  fi
  echo "load average:  $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
  if [ ${#FAILURES[@]} -eq 0 ]; then
    echo "PASSED: nothing acknowledged was lost or duplicated."
  else
    printf 'FAILED: %s\n' "${FAILURES[@]}"
    [ -n "$PG_FOLDER" ] || echo "The schema ${SCHEMA} is kept for a look; the next run drops it."
  fi
} | tee "${WORK}/result.txt"
[ ${#FAILURES[@]} -eq 0 ] || KEEP_SCHEMA=yes
[ ${#FAILURES[@]} -eq 0 ]
