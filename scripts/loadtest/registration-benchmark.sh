#!/usr/bin/env bash
# Registration and check-in load test against the running application on PostgreSQL, 127.0.0.1 only.
# Builds the jar, starts it on a fresh schema, makes a project with an open event through the API,
# then drives it with wrk, bounded in time and in count:
#   1. registrations: REG_CLIENTS clients register new people for REG_SECONDS seconds (at most
#      REG_MAX_PER_CLIENT each); every e-mail answered 201 is written down;
#   2. check-ins: CHECKIN_DEVICES devices each scan the first CHECKIN_PEOPLE registered people for
#      the first day, with their own nonces, at about the same time.
# Then it checks the database: every registration answered 201 is stored once, nobody is stored
# twice, every scanned person is present exactly once, and the attendance API agrees.
# Prints the figures docs/benchmarks.md quotes.
# Usage: scripts/loadtest/registration-benchmark.sh   (needs wrk and psql: apt-get install wrk postgresql-client)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

PORT="${PORT:-18081}"
SCHEMA="${SCHEMA:-jumelage_loadtest}"
REG_CLIENTS="${REG_CLIENTS:-8}"
REG_SECONDS="${REG_SECONDS:-30}"
REG_MAX_PER_CLIENT="${REG_MAX_PER_CLIENT:-5000}"
CHECKIN_DEVICES="${CHECKIN_DEVICES:-4}"
CHECKIN_PEOPLE="${CHECKIN_PEOPLE:-2000}"
CHECKIN_SECONDS="${CHECKIN_SECONDS:-90}"
TOKEN="jmlg_loadtest_$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"
BASE="http://127.0.0.1:${PORT}"
PSQL=(env PGOPTIONS=-cclient_min_messages=warning psql -h 127.0.0.1 -U postgres -d test -w -qtA)
WORK="target/loadtest"
DAY="2018-11-08"

if ! command -v wrk >/dev/null 2>&1; then
  echo "This benchmark needs wrk: apt-get install -y wrk" >&2
  exit 1
fi

mkdir -p "$WORK"
# shellcheck source=application.sh
source scripts/loadtest/application.sh
start_application

echo "Making an organisation, a project with two partners, and an open event..."
LEAD=$(api POST /api/v1/organisations \
  '{"names":{"lv":"Daugavpils pilsētas dome","en":"Daugavpils City Council"},"type":"MUNICIPALITY","town":460413,"country":"LV"}' | jq .id)
PARTNER=$(api POST /api/v1/organisations \
  '{"names":{"lv":"Kauņas pašvaldība","en":"Kaunas City Municipality"},"type":"MUNICIPALITY","town":598316,"country":"LT"}' | jq .id)
PROJECT=$(api POST /api/v1/projects \
  "{\"titles\":{\"en\":\"Load test\"},\"status\":\"RUNNING\",\"measure\":\"E4C-2014-TT\",\"leadOrganisationId\":${LEAD}}" | jq .id)
api POST "/api/v1/projects/${PROJECT}/partners" "{\"organisationId\":${PARTNER},\"role\":\"PARTNER\"}" >/dev/null
EVENT=$(api POST "/api/v1/projects/${PROJECT}/events" \
  '{"titles":{"lv":"Slodzes tests","en":"Load test"},"hostTowns":[460413],"startDate":"2018-11-08","endDate":"2018-11-12"}' | jq .id)
api PUT "/api/v1/events/${EVENT}/registration-settings" '{"open":true,"publicLink":false}' >/dev/null

echo "Registrations: ${REG_CLIENTS} clients for ${REG_SECONDS} s (at most ${REG_MAX_PER_CLIENT} each)..."
rm -rf "${WORK}/answers" && mkdir -p "${WORK}/answers"
EVENT_ID="$EVENT" TOKEN="$TOKEN" MAX_PER_THREAD="$REG_MAX_PER_CLIENT" ANSWERS_DIR="${WORK}/answers" \
  wrk -t"$REG_CLIENTS" -c"$REG_CLIENTS" -d"${REG_SECONDS}s" --timeout 30s --latency -s scripts/loadtest/register.lua "$BASE" \
  | tee "${WORK}/registrations.txt"
cat "${WORK}"/answers/registered-*.txt >"${WORK}/answered.txt"
CREATED=$(wc -l <"${WORK}/answered.txt")

api GET "/api/v1/events/${EVENT}/registrations" | jq -r "[.items[].checkInToken][:${CHECKIN_PEOPLE}][]" >"${WORK}/tokens.txt"
PEOPLE=$(wc -l <"${WORK}/tokens.txt")

echo "Check-ins: ${PEOPLE} people, each scanned by ${CHECKIN_DEVICES} devices at about the same time..."
EVENT_ID="$EVENT" TOKEN="$TOKEN" TOKENS_FILE="${WORK}/tokens.txt" DAY="$DAY" \
  wrk -t"$CHECKIN_DEVICES" -c"$CHECKIN_DEVICES" -d"${CHECKIN_SECONDS}s" --timeout 30s --latency -s scripts/loadtest/check-in.lua "$BASE" \
  | tee "${WORK}/check-ins.txt"

"${PSQL[@]}" -c "create table ${SCHEMA}.loadtest_answered (email varchar(320))" >/dev/null
"${PSQL[@]}" -c "\\copy ${SCHEMA}.loadtest_answered from '${WORK}/answered.txt'" >/dev/null
count() {
  "${PSQL[@]}" -c "$1"
}
ROWS=$(count "select count(*) from ${SCHEMA}.event_registration where event_id = ${EVENT}")
LOST=$(count "select count(*) from ${SCHEMA}.loadtest_answered a where not exists (select 1 from ${SCHEMA}.event_registration r where r.event_id = ${EVENT} and r.email = a.email)")
TWICE=$(count "select count(*) from (select email from ${SCHEMA}.event_registration where event_id = ${EVENT} group by email having count(*) > 1) d")
UNANSWERED=$(count "select count(*) from ${SCHEMA}.event_registration r where r.event_id = ${EVENT} and not exists (select 1 from ${SCHEMA}.loadtest_answered a where a.email = r.email)")
PRESENT=$(count "select count(*) from ${SCHEMA}.event_attendance a join ${SCHEMA}.event_registration r on r.id = a.registration_id where r.event_id = ${EVENT} and a.attendance_day = date '${DAY}'")
PRESENT_PEOPLE=$(count "select count(distinct a.registration_id) from ${SCHEMA}.event_attendance a join ${SCHEMA}.event_registration r on r.id = a.registration_id where r.event_id = ${EVENT}")
ATTENDANCE_API=$(api GET "/api/v1/events/${EVENT}/attendance" | jq -r ".presentByDay[\"${DAY}\"]")

echo
echo "Registrations answered 201: ${CREATED}; stored: ${ROWS}; answered but not stored: ${LOST}; stored twice: ${TWICE}"
echo "Stored but cut off by the time bound before their answer: ${UNANSWERED} (at most one per client)"
echo "Scanned people: ${PEOPLE}; attendance rows on ${DAY}: ${PRESENT} for ${PRESENT_PEOPLE} people; the API says ${ATTENDANCE_API}"
STATUS=0
[ "$LOST" = 0 ] || { echo "LOST REGISTRATIONS: ${LOST}" >&2; STATUS=1; }
[ "$TWICE" = 0 ] || { echo "DUPLICATED REGISTRATIONS: ${TWICE}" >&2; STATUS=1; }
[ "$UNANSWERED" -le "$REG_CLIENTS" ] || { echo "TOO MANY UNANSWERED REGISTRATIONS: ${UNANSWERED}" >&2; STATUS=1; }
[ "$PRESENT" = "$PEOPLE" ] && [ "$PRESENT_PEOPLE" = "$PEOPLE" ] || { echo "WRONG ATTENDANCE: ${PRESENT} rows for ${PEOPLE} people" >&2; STATUS=1; }
[ "$ATTENDANCE_API" = "$PEOPLE" ] || { echo "WRONG COUNT IN THE API: ${ATTENDANCE_API} for ${PEOPLE} people" >&2; STATUS=1; }
[ "$STATUS" = 0 ] && echo "No lost or duplicated row."
exit "$STATUS"
