#!/usr/bin/env bash
# Registration and check-in load test against the running application on PostgreSQL, 127.0.0.1 only.
# Builds the jar, starts it on a fresh schema, makes a project with an open event through the API,
# then drives it with wrk:
#   1. registrations: REGISTRATIONS people in all, over CONNECTIONS connections (bounded by count and
#      by DURATION seconds at most);
#   2. check-ins: every wrk thread ("device") checks every registered person in for the first day
#      with its own nonces, so each person is scanned once per device at about the same time.
# Then it counts rows in the database: registrations must equal the 201 answers, no e-mail twice,
# and exactly one attendance row per person. Prints the figures docs/benchmarks.md quotes.
# Usage: scripts/loadtest/registration-benchmark.sh   (needs wrk: apt-get install wrk; psql)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

PORT="${PORT:-18081}"
SCHEMA="${SCHEMA:-jumelage_loadtest}"
REGISTRATIONS="${REGISTRATIONS:-4000}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
DURATION="${DURATION:-120}"
TOKEN="jmlg_loadtest_$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"
BASE="http://127.0.0.1:${PORT}"
PSQL=(psql -h 127.0.0.1 -U postgres -d test -w -qtA)
WORK="target/loadtest"
DAY="2018-11-08"

if ! command -v wrk >/dev/null 2>&1; then
  echo "This benchmark needs wrk: apt-get install -y wrk" >&2
  exit 1
fi

mkdir -p "$WORK"
"${PSQL[@]}" -c "drop schema if exists ${SCHEMA} cascade; create schema ${SCHEMA}" >/dev/null

echo "Building the application..."
./mvnw -q -DskipTests -Dspotless.check.skip=true package
JAR="$(ls target/jumelage-*.jar | grep -v original | head -1)"

echo "Starting it on PostgreSQL schema ${SCHEMA}, port ${PORT}..."
JUMELAGE_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=${SCHEMA}" \
JUMELAGE_DB_USER=postgres \
JUMELAGE_DATA_DIR="${WORK}/data" \
JUMELAGE_ADMIN_EMAIL=loadtest@jumelage.test \
JUMELAGE_ADMIN_PASSWORD='Loadtest-Administrator-1' \
JUMELAGE_ADMIN_API_TOKEN="$TOKEN" \
PORT="$PORT" \
  java -Xmx1g -jar "$JAR" >"${WORK}/application.log" 2>&1 &
APP=$!
cleanup() {
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
  "${PSQL[@]}" -c "drop schema if exists ${SCHEMA} cascade" >/dev/null || true
}
trap cleanup EXIT

for _ in $(seq 120); do
  if curl -fs "${BASE}/actuator/health" >/dev/null 2>&1; then
    break
  fi
  sleep 1
done
curl -fs "${BASE}/actuator/health" >/dev/null || { echo "The application did not start; see ${WORK}/application.log" >&2; exit 1; }

api() {
  local method="$1" path="$2" body="${3:-}"
  curl -fsS -X "$method" -H "Authorization: Bearer ${TOKEN}" -H 'Content-Type: application/json' \
    ${body:+--data "$body"} "${BASE}${path}"
}

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

echo "Registrations: ${REGISTRATIONS} people over ${CONNECTIONS} connections..."
PER_THREAD=$((REGISTRATIONS / THREADS))
EVENT_ID="$EVENT" TOKEN="$TOKEN" MAX_PER_THREAD="$PER_THREAD" \
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s scripts/loadtest/register.lua "$BASE" \
  | tee "${WORK}/registrations.txt"
CREATED=$(grep -o 'registrations_created=[0-9]*' "${WORK}/registrations.txt" | cut -d= -f2)

api GET "/api/v1/events/${EVENT}/registrations" | jq -r '.items[].checkInToken' >"${WORK}/tokens.txt"
PEOPLE=$(wc -l <"${WORK}/tokens.txt")

echo "Check-ins: ${PEOPLE} people, each scanned by ${THREADS} devices at once..."
EVENT_ID="$EVENT" TOKEN="$TOKEN" TOKENS_FILE="${WORK}/tokens.txt" DAY="$DAY" \
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s scripts/loadtest/check-in.lua "$BASE" \
  | tee "${WORK}/check-ins.txt"

ROWS=$("${PSQL[@]}" -c "select count(*) from ${SCHEMA}.event_registration where event_id = ${EVENT}")
DISTINCT=$("${PSQL[@]}" -c "select count(distinct email) from ${SCHEMA}.event_registration where event_id = ${EVENT}")
PRESENT=$("${PSQL[@]}" -c "select count(*) from ${SCHEMA}.event_attendance a join ${SCHEMA}.event_registration r on r.id = a.registration_id where r.event_id = ${EVENT} and a.attendance_day = date '${DAY}'")
PRESENT_PEOPLE=$("${PSQL[@]}" -c "select count(distinct a.registration_id) from ${SCHEMA}.event_attendance a join ${SCHEMA}.event_registration r on r.id = a.registration_id where r.event_id = ${EVENT}")
ATTENDANCE_API=$(api GET "/api/v1/events/${EVENT}/attendance" | jq -r ".presentByDay[\"${DAY}\"]")

echo
echo "Registrations answered 201: ${CREATED}; rows in the database: ${ROWS}; distinct e-mails: ${DISTINCT}"
echo "People present on ${DAY}: ${PRESENT} attendance rows for ${PRESENT_PEOPLE} people; the API says ${ATTENDANCE_API}"
STATUS=0
[ "$CREATED" = "$ROWS" ] || { echo "LOST OR EXTRA REGISTRATIONS: ${CREATED} answered, ${ROWS} stored" >&2; STATUS=1; }
[ "$ROWS" = "$DISTINCT" ] || { echo "DUPLICATED REGISTRATIONS: ${ROWS} rows, ${DISTINCT} people" >&2; STATUS=1; }
[ "$PRESENT" = "$ROWS" ] || { echo "WRONG ATTENDANCE: ${PRESENT} rows for ${ROWS} people" >&2; STATUS=1; }
[ "$ATTENDANCE_API" = "$ROWS" ] || { echo "WRONG COUNT IN THE API: ${ATTENDANCE_API} for ${ROWS} people" >&2; STATUS=1; }
[ "$STATUS" = 0 ] && echo "No lost or duplicated row."
exit "$STATUS"
