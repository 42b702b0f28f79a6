#!/usr/bin/env bash
# Registration and check-in load test against the running application on PostgreSQL, 127.0.0.1 only,
# next to PostgreSQL's own single-row insert rate (pgbench) measured in the same run.
# Builds the jar, starts it on a fresh schema, makes a project with three open events through the
# API, then, bounded in time and in count:
#   0. warm-up: REG_CLIENTS clients register people for the first event for WARMUP_SECONDS, so that
#      the JIT has compiled the registration path before it is measured;
#   1. reference: pgbench, REG_CLIENTS clients for REG_SECONDS, each transaction one INSERT of one
#      row into a scratch copy of event_registration (same columns and unique indexes, no foreign
#      keys), on the same database;
#   2. registrations: REG_CLIENTS clients register new people for the second event (capacity
#      MAIN_CAPACITY, so the capacity is checked on every registration) for REG_SECONDS seconds (at
#      most REG_MAX_PER_CLIENT each); every e-mail answered 201 is written down;
#   3. the last places: REG_CLIENTS clients register RACE_PEOPLE people at once for the third event,
#      whose capacity RACE_CAPACITY is reached half-way, so that many ask for the last places together;
#   4. check-ins: CHECKIN_DEVICES devices each scan the first CHECKIN_PEOPLE registered people of the
#      second event for the first day, with their own nonces, at about the same time.
# Then it checks the database: every registration answered 201 is stored once, nobody is stored
# twice, the third event has exactly RACE_CAPACITY confirmed people and the rest on the waiting
# list, every registration has exactly one confirmation mail in the outbox (waiting-list mail for
# the waiting list) and one audit entry, every scanned person is present exactly once, and the
# attendance API agrees.
# Prints registrations/s, median and p99, pgbench's transactions/s and the ratio; docs/benchmarks.md
# quotes them. Exits non-zero on any failed check.
# Usage: scripts/loadtest/registration-benchmark.sh   (needs wrk, jq, psql and pgbench:
#        apt-get install wrk jq postgresql-client postgresql-contrib)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

# shellcheck source=application.sh
source scripts/loadtest/application.sh

PORT="${PORT:-$(free_port)}"
SCHEMA="${SCHEMA:-jumelage_loadtest}"
REG_CLIENTS="${REG_CLIENTS:-8}"
REG_SECONDS="${REG_SECONDS:-30}"
REG_MAX_PER_CLIENT="${REG_MAX_PER_CLIENT:-50000}"
WARMUP_SECONDS="${WARMUP_SECONDS:-30}"
MAIN_CAPACITY="${MAIN_CAPACITY:-1000000}"
RACE_CAPACITY="${RACE_CAPACITY:-200}"
RACE_PEOPLE="${RACE_PEOPLE:-400}"
RACE_SECONDS="${RACE_SECONDS:-30}"
CHECKIN_DEVICES="${CHECKIN_DEVICES:-4}"
CHECKIN_PEOPLE="${CHECKIN_PEOPLE:-2000}"
CHECKIN_SECONDS="${CHECKIN_SECONDS:-60}"
TOKEN="jmlg_loadtest_$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"
BASE="http://127.0.0.1:${PORT}"
PSQL=(env PGOPTIONS=-cclient_min_messages=warning psql -h 127.0.0.1 -U postgres -d test -w -qtA)
WORK="target/loadtest"
DAY="2018-11-08"

for tool in wrk jq pgbench; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "This benchmark needs ${tool}: apt-get install -y wrk jq postgresql-contrib" >&2
    exit 1
  fi
done

mkdir -p "$WORK"
start_application

echo "Making an organisation, a project with two partners, and three open events..."
LEAD=$(api POST /api/v1/organisations \
  '{"names":{"lv":"Daugavpils pilsētas dome","en":"Daugavpils City Council"},"type":"MUNICIPALITY","town":460413,"country":"LV"}' | jq .id)
PARTNER=$(api POST /api/v1/organisations \
  '{"names":{"lv":"Kauņas pašvaldība","en":"Kaunas City Municipality"},"type":"MUNICIPALITY","town":598316,"country":"LT"}' | jq .id)
PROJECT=$(api POST /api/v1/projects \
  "{\"titles\":{\"en\":\"Load test\"},\"status\":\"RUNNING\",\"measure\":\"E4C-2014-TT\",\"leadOrganisationId\":${LEAD}}" | jq .id)
api POST "/api/v1/projects/${PROJECT}/partners" "{\"organisationId\":${PARTNER},\"role\":\"PARTNER\"}" >/dev/null
open_event() {
  local event
  event=$(api POST "/api/v1/projects/${PROJECT}/events" \
    "{\"titles\":{\"lv\":\"$1\",\"en\":\"$1\"},\"hostTowns\":[460413],\"startDate\":\"2018-11-08\",\"endDate\":\"2018-11-12\"}" | jq .id)
  api PUT "/api/v1/events/${event}/registration-settings" "{\"open\":true,\"publicLink\":false,\"capacity\":$2}" >/dev/null
  echo "$event"
}
WARMUP_EVENT=$(open_event "Iesildīšana" "$MAIN_CAPACITY")
EVENT=$(open_event "Slodzes tests" "$MAIN_CAPACITY")
RACE_EVENT=$(open_event "Pēdējās vietas" "$RACE_CAPACITY")

# register EVENT PREFIX SECONDS MAX_PER_CLIENT NAME: wrk with register.lua; the answers go to ${WORK}/NAME/.
register() {
  rm -rf "${WORK:?}/$5" && mkdir -p "${WORK}/$5"
  EVENT_ID="$1" TOKEN="$TOKEN" EMAIL_PREFIX="$2" MAX_PER_THREAD="$4" ANSWERS_DIR="${WORK}/$5" \
    wrk -t"$REG_CLIENTS" -c"$REG_CLIENTS" -d"${3}s" --timeout 30s --latency -s scripts/loadtest/register.lua "$BASE" \
    | tee "${WORK}/$5.txt"
  cat "${WORK}/$5"/registered-*.txt >"${WORK}/$5-answered.txt"
}

echo "Warm-up: ${REG_CLIENTS} clients for ${WARMUP_SECONDS} s..."
register "$WARMUP_EVENT" warm "$WARMUP_SECONDS" "$REG_MAX_PER_CLIENT" warmup >/dev/null

echo "Reference: pgbench, ${REG_CLIENTS} clients for ${REG_SECONDS} s, one single-row INSERT per transaction..."
"${PSQL[@]}" -c "create table ${SCHEMA}.bench_registration (like ${SCHEMA}.event_registration including all)" >/dev/null
cat >"${WORK}/insert.sql" <<SQL
\set event random(1, 1000000)
insert into ${SCHEMA}.bench_registration
    (event_id, first_name, last_name, email, email_key, country, status, source, language, consent_version,
     consented_at, manage_token, check_in_code, short_code, registered_by, created_at, updated_at, version)
values (:event, 'Bench', 'Person ' || :client_id, 'bench-' || gen_random_uuid() || '@example.org',
        'bench-' || gen_random_uuid() || '@example.org', 'LT', 'CONFIRMED', 'API', 'en', 1, now(),
        md5(random()::text) || md5(random()::text), md5(random()::text), upper(left(md5(random()::text), 8)),
        1, now(), now(), 0);
SQL
pgbench -n -h 127.0.0.1 -U postgres -c "$REG_CLIENTS" -j 2 -T "$REG_SECONDS" -f "${WORK}/insert.sql" test \
  | tee "${WORK}/pgbench.txt"
PGBENCH_TPS=$(sed -nE 's/^tps = ([0-9.]+) .*/\1/p' "${WORK}/pgbench.txt" | head -1)
PGBENCH_LATENCY=$(sed -nE 's/^latency average = ([0-9.]+) ms/\1/p' "${WORK}/pgbench.txt" | head -1)

echo "Registrations: ${REG_CLIENTS} clients for ${REG_SECONDS} s (at most ${REG_MAX_PER_CLIENT} each)..."
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# The application's CPU time (user + system, in clock ticks) around the phase: a figure per
# registration that depends less than the rate on what else the machine is running.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/${APP}/stat"; }
CPU_BEFORE=$(cpu_ticks)
register "$EVENT" bench "$REG_SECONDS" "$REG_MAX_PER_CLIENT" registrations
CPU_AFTER=$(cpu_ticks)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
CREATED=$(wc -l <"${WORK}/registrations-answered.txt")
CPU_MS=$(awk -v t=$((CPU_AFTER - CPU_BEFORE)) -v hz="$(getconf CLK_TCK)" -v n="$CREATED" 'BEGIN { printf "%.1f", t * 1000 / hz / n }')
read -r PER_SECOND MEDIAN P99 < <(sed -nE 's/^RESULT .* per_second=([0-9.]+) median_ms=([0-9.]+) p99_ms=([0-9.]+).*/\1 \2 \3/p' \
  "${WORK}/registrations.txt")

echo "The last places: ${RACE_PEOPLE} people for ${RACE_CAPACITY} places, ${REG_CLIENTS} clients at once..."
register "$RACE_EVENT" race "$RACE_SECONDS" $((RACE_PEOPLE / REG_CLIENTS)) race
RACE_CREATED=$(wc -l <"${WORK}/race-answered.txt")

all_registrations "$EVENT" \
  | jq -r "[.items[] | select(.status == \"CONFIRMED\")][:${CHECKIN_PEOPLE}][] | \"\\(.id) \\(.checkInToken)\"" \
  >"${WORK}/people.txt"
cut -d' ' -f2 "${WORK}/people.txt" >"${WORK}/tokens.txt"
PEOPLE=$(wc -l <"${WORK}/tokens.txt")

echo "Check-ins: ${PEOPLE} people, each scanned by ${CHECKIN_DEVICES} devices at about the same time..."
rm -rf "${WORK}/check-ins" && mkdir -p "${WORK}/check-ins"
EVENT_ID="$EVENT" TOKEN="$TOKEN" TOKENS_FILE="${WORK}/tokens.txt" DAY="$DAY" ANSWERS_DIR="${WORK}/check-ins" \
  wrk -t"$CHECKIN_DEVICES" -c"$CHECKIN_DEVICES" -d"${CHECKIN_SECONDS}s" --timeout 30s --latency -s scripts/loadtest/check-in.lua "$BASE" \
  | tee "${WORK}/check-ins.txt"
# The people whose check-in was answered present by at least one device (check-in.lua writes down
# "registration-id day" as each answer states it).
cut -d' ' -f1 "${WORK}"/check-ins/checked-in-*.txt | sort -u >"${WORK}/checked-in.txt"
CHECKED_IN=$(wc -l <"${WORK}/checked-in.txt")

"${PSQL[@]}" -c "create table ${SCHEMA}.loadtest_answered (email varchar(320))" >/dev/null
"${PSQL[@]}" -c "\\copy ${SCHEMA}.loadtest_answered from '${WORK}/registrations-answered.txt'" >/dev/null
"${PSQL[@]}" -c "\\copy ${SCHEMA}.loadtest_answered from '${WORK}/race-answered.txt'" >/dev/null
"${PSQL[@]}" -c "create table ${SCHEMA}.loadtest_checked_in (registration_id bigint)" >/dev/null
"${PSQL[@]}" -c "\\copy ${SCHEMA}.loadtest_checked_in from '${WORK}/checked-in.txt'" >/dev/null
count() {
  "${PSQL[@]}" -c "$1"
}
R="${SCHEMA}.event_registration"
MEASURED="event_id in (${EVENT}, ${RACE_EVENT})"
ROWS=$(count "select count(*) from ${R} where event_id = ${EVENT}")
LOST=$(count "select count(*) from ${SCHEMA}.loadtest_answered a where not exists (select 1 from ${R} r where r.${MEASURED} and r.email = a.email)")
TWICE=$(count "select count(*) from (select event_id, email from ${R} where ${MEASURED} group by event_id, email having count(*) > 1) d")
unanswered() {
  count "select count(*) from ${R} r where r.event_id = $1 and not exists (select 1 from ${SCHEMA}.loadtest_answered a where a.email = r.email)"
}
UNANSWERED=$(unanswered "$EVENT")
RACE_UNANSWERED=$(unanswered "$RACE_EVENT")
RACE_ROWS=$(count "select count(*) from ${R} where event_id = ${RACE_EVENT}")
RACE_CONFIRMED=$(count "select count(*) from ${R} where event_id = ${RACE_EVENT} and status = 'CONFIRMED'")
RACE_WAITING=$(count "select count(*) from ${R} where event_id = ${RACE_EVENT} and status = 'WAITLISTED'")
# One mail per registration, of the kind its status calls for, and nothing else for these people.
WRONG_MAIL=$(count "select count(*) from ${R} r where r.${MEASURED} and (select count(*) from ${SCHEMA}.mail_outbox m
  where m.recipient = r.email and m.purpose = case r.status when 'CONFIRMED' then 'event.registration-confirmed'
  else 'event.registration-waitlisted' end) <> 1")
MAILS=$(count "select count(*) from ${SCHEMA}.mail_outbox m where exists (select 1 from ${R} r where r.${MEASURED} and r.email = m.recipient)")
CALENDARS=$(count "select count(*) from ${SCHEMA}.mail_attachment a join ${SCHEMA}.mail_outbox m on m.id = a.mail_id where exists (select 1 from ${R} r where r.${MEASURED} and r.email = m.recipient)")
# One audit entry per registration, naming it by ids.
WRONG_AUDIT=$(count "select count(*) from ${R} r where r.${MEASURED} and (select count(*) from ${SCHEMA}.audit_event e
  where e.action = 'event.registration.created' and e.target = 'registration ' || r.id || ' (event ' || r.event_id || ')') <> 1")
AUDITS=$(count "select count(*) from ${SCHEMA}.audit_event e where e.action = 'event.registration.created' and (e.target like '% (event ${EVENT})' or e.target like '% (event ${RACE_EVENT})')")
ALL_ROWS=$(count "select count(*) from ${R} where ${MEASURED}")
PRESENT=$(count "select count(*) from ${SCHEMA}.event_attendance a join ${R} r on r.id = a.registration_id where r.event_id = ${EVENT} and a.attendance_day = date '${DAY}'")
PRESENT_PEOPLE=$(count "select count(distinct a.registration_id) from ${SCHEMA}.event_attendance a join ${R} r on r.id = a.registration_id where r.event_id = ${EVENT}")
ABSENT=$(count "select count(*) from ${SCHEMA}.loadtest_checked_in c where not exists (select 1 from ${SCHEMA}.event_attendance a where a.registration_id = c.registration_id and a.attendance_day = date '${DAY}')")
ATTENDANCE_API=$(api GET "/api/v1/events/${EVENT}/attendance" | jq -r ".presentByDay[\"${DAY}\"]")
RATIO=$(awk -v a="$PER_SECOND" -v b="$PGBENCH_TPS" 'BEGIN { printf "%.1f", b / a }')

echo
echo "JVM: $("${JAVA:-java}" -version 2>&1 | head -1)"
echo "Load average (1, 5, 15 min) before the measured registrations: ${LOAD_BEFORE}; after: ${LOAD_AFTER}"
echo "pgbench, ${REG_CLIENTS} clients, one single-row INSERT per transaction: ${PGBENCH_TPS} transactions/s, latency average ${PGBENCH_LATENCY} ms"
echo "Registrations, ${REG_CLIENTS} clients: ${PER_SECOND}/s, median ${MEDIAN} ms, p99 ${P99} ms; application CPU ${CPU_MS} ms per registration"
echo "RATIO pgbench/registrations = ${RATIO} (1 : ${RATIO}; the goal is at most 10)"
echo
echo "Registrations answered 201: ${CREATED} + ${RACE_CREATED}; stored: ${ROWS} + ${RACE_ROWS}; answered but not stored: ${LOST}; stored twice: ${TWICE}"
echo "Stored but cut off by the time bound before their answer: ${UNANSWERED} + ${RACE_UNANSWERED} (at most one per client and phase)"
echo "The last places: ${RACE_CONFIRMED} confirmed for ${RACE_CAPACITY} places, ${RACE_WAITING} on the waiting list"
echo "Outbox: ${MAILS} mails (${CALENDARS} with the .ics) for ${ALL_ROWS} registrations; registrations without exactly one mail of their kind: ${WRONG_MAIL}"
echo "Audit: ${AUDITS} entries for ${ALL_ROWS} registrations; registrations without exactly one entry: ${WRONG_AUDIT}"
echo "Scanned people: ${PEOPLE}, answered 2xx: ${CHECKED_IN}, of whom absent: ${ABSENT}; attendance rows on ${DAY}: ${PRESENT} for ${PRESENT_PEOPLE} people; the API says ${ATTENDANCE_API}"
STATUS=0
[ "$LOST" = 0 ] || { echo "LOST REGISTRATIONS: ${LOST}" >&2; STATUS=1; }
[ "$TWICE" = 0 ] || { echo "DUPLICATED REGISTRATIONS: ${TWICE}" >&2; STATUS=1; }
[ "$UNANSWERED" -le "$REG_CLIENTS" ] && [ "$RACE_UNANSWERED" -le "$REG_CLIENTS" ] \
  || { echo "TOO MANY UNANSWERED REGISTRATIONS: ${UNANSWERED} + ${RACE_UNANSWERED}" >&2; STATUS=1; }
[ "$RACE_ROWS" -gt "$RACE_CAPACITY" ] \
  || { echo "THE LAST PLACES WERE NOT REACHED: ${RACE_ROWS} people for ${RACE_CAPACITY} places (raise RACE_SECONDS)" >&2; STATUS=1; }
[ "$RACE_CONFIRMED" = "$RACE_CAPACITY" ] && [ $((RACE_CONFIRMED + RACE_WAITING)) = "$RACE_ROWS" ] \
  || { echo "WRONG CAPACITY: ${RACE_CONFIRMED} confirmed for ${RACE_CAPACITY} places" >&2; STATUS=1; }
[ "$WRONG_MAIL" = 0 ] && [ "$MAILS" = "$ALL_ROWS" ] && [ "$CALENDARS" = "$ALL_ROWS" ] \
  || { echo "WRONG MAILS: ${MAILS} for ${ALL_ROWS} registrations, ${WRONG_MAIL} without their one mail" >&2; STATUS=1; }
[ "$WRONG_AUDIT" = 0 ] && [ "$AUDITS" = "$ALL_ROWS" ] \
  || { echo "WRONG AUDIT: ${AUDITS} entries for ${ALL_ROWS} registrations" >&2; STATUS=1; }
[ "$ABSENT" = 0 ] && [ "$PRESENT" = "$PRESENT_PEOPLE" ] && [ "$PRESENT" -ge "$CHECKED_IN" ] \
  || { echo "WRONG ATTENDANCE: ${PRESENT} rows for ${PRESENT_PEOPLE} people, ${ABSENT} answered but absent" >&2; STATUS=1; }
[ "$CHECKED_IN" = "$PEOPLE" ] || echo "The time bound cut the check-ins: ${CHECKED_IN} of ${PEOPLE} people answered (raise CHECKIN_SECONDS)."
[ "$ATTENDANCE_API" = "$PRESENT" ] || { echo "WRONG COUNT IN THE API: ${ATTENDANCE_API} for ${PRESENT} rows" >&2; STATUS=1; }
[ "$STATUS" = 0 ] && echo "No lost or duplicated row; capacity exact; one mail and one audit entry per registration."
exit "$STATUS"
