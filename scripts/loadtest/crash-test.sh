#!/usr/bin/env bash
# Crash test: is every registration the application confirmed still there after a `kill -9`?
# For each database (the embedded H2 database in a fresh data folder, then PostgreSQL on a fresh
# schema), 127.0.0.1 only:
#   1. starts the jar (JAR, or built now) and makes a project with an event open for registration;
#   2. CLIENTS parallel clients register new people, half through the JSON API (answer 201) and half
#      through the public form with its CSRF token (answer: redirect to the confirmation page); every
#      confirmed registration is written down (e-mail; the API's id);
#   3. once KILL_AFTER registrations are confirmed (or after BURST_SECONDS), kills the application
#      with `kill -9` while the clients keep sending; at most MAX_REGISTRATIONS are sent;
#   4. starts the jar again on the same data, reads the event's registrations through the API and
#      compares: every confirmed registration present, nobody stored twice.
# Prints sent, confirmed, found, lost and duplicated per database; exits non-zero on any loss or
# duplicate (or when a run could not be made).
# Usage: scripts/loadtest/crash-test.sh [h2] [postgres]   (both by default; needs curl, jq, psql)
#   H2_WRITE_DELAY=500 runs the embedded database with H2's own default write delay, to show the loss.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

DATABASES=(h2 postgres)
[ $# -eq 0 ] || DATABASES=("$@")
PORT="${PORT:-18181}"
SCHEMA="${SCHEMA:-jumelage_crashtest}"
CLIENTS="${CLIENTS:-8}"
KILL_AFTER="${KILL_AFTER:-300}"
BURST_SECONDS="${BURST_SECONDS:-60}"
MAX_REGISTRATIONS="${MAX_REGISTRATIONS:-3000}"
H2_WRITE_DELAY="${H2_WRITE_DELAY:-}"
STARTUP_SECONDS="${STARTUP_SECONDS:-300}"
# The test is about what survives a crash, not speed: the JVM starts faster without its optimising compiler.
JAVA_OPTIONS="${JAVA_OPTIONS:--XX:TieredStopAtLevel=1}"
TOKEN="jmlg_crashtest_$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"
BASE="http://127.0.0.1:${PORT}"
PSQL=(env PGOPTIONS=-cclient_min_messages=warning psql -h 127.0.0.1 -U postgres -d test -w -qtA)
APP=""
DB_URL=""

for tool in curl jq; do
  command -v "$tool" >/dev/null 2>&1 || { echo "The crash test needs ${tool}: apt-get install -y ${tool}" >&2; exit 1; }
done

# shellcheck source=application.sh
source scripts/loadtest/application.sh

cleanup() {
  if [ -n "$APP" ]; then
    kill -9 "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
  fi
  if [ "${DATABASE:-}" = postgres ]; then
    "${PSQL[@]}" -c "drop schema if exists ${SCHEMA} cascade" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# One registration through the JSON API; writes "email id" to confirmed-api.txt on 201.
register_by_api() {
  local n="$1" email="crash-api-$1@example.org" answer code
  answer="$(curl -sS --max-time 30 -w '\n%{http_code}' -X POST \
    -H "Authorization: Bearer ${TOKEN}" -H 'Content-Type: application/json' \
    --data "{\"firstName\":\"Api${n}\",\"lastName\":\"Crash${n}\",\"email\":\"${email}\",\"country\":\"LV\",\"consent\":true,\"language\":\"en\"}" \
    "${BASE}/api/v1/events/${EVENT}/registrations" 2>/dev/null)" || return 0
  code="${answer##*$'\n'}"
  if [ "$code" = 201 ] && [[ "$answer" =~ \"id\":([0-9]+) ]]; then
    echo "${email} ${BASH_REMATCH[1]}" >>"${RUN}/confirmed-api.txt"
  else
    echo "${email} ${code}: ${answer:0:200}" | tr '\n' ' ' >>"${RUN}/refused-api.txt"
    echo >>"${RUN}/refused-api.txt"
  fi
}

# One registration through the public form: reads the form (session and CSRF token), posts it;
# writes the e-mail to confirmed-form.txt when the answer is the redirect to the confirmation page.
register_by_form() {
  local n="$1" email="crash-form-$1@example.org" cookies page csrf answer
  cookies="$(mktemp "${RUN}/cookies.XXXXXX")"
  page="$(curl -sS --max-time 30 -c "$cookies" -b "$cookies" "${BASE}/register/${PUBLIC_TOKEN}" 2>/dev/null)" || { rm -f "$cookies"; return 0; }
  if [[ "$page" =~ name=\"_csrf\"\ value=\"([^\"]+)\" ]] || [[ "$page" =~ value=\"([^\"]+)\"\ name=\"_csrf\" ]]; then
    csrf="${BASH_REMATCH[1]}"
  else
    echo "${email} form without a CSRF token: ${page:0:200}" | tr '\n' ' ' >>"${RUN}/refused-form.txt"
    echo >>"${RUN}/refused-form.txt"
    rm -f "$cookies"
    return 0
  fi
  answer="$(curl -sS --max-time 30 -c "$cookies" -b "$cookies" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode "_csrf=${csrf}" --data-urlencode "firstName=Form${n}" --data-urlencode "lastName=Crash${n}" \
    --data-urlencode "email=${email}" --data-urlencode "country=LT" --data-urlencode "consent=true" \
    "${BASE}/register/${PUBLIC_TOKEN}" 2>/dev/null)" || { rm -f "$cookies"; return 0; }
  rm -f "$cookies"
  if [[ "$answer" =~ ^30[23]\ .*/registration/[^/]+/confirmed ]]; then
    echo "${email}" >>"${RUN}/confirmed-form.txt"
  else
    echo "${email} ${answer}" >>"${RUN}/refused-form.txt"
  fi
}

# Client work item n: stops the client (exit 255 ends xargs) once the application was killed.
registration() {
  [ ! -e "${RUN}/killed" ] || exit 255
  echo "$1" >>"${RUN}/sent.txt"
  if [ $(($1 % 2)) -eq 0 ]; then register_by_api "$1"; else register_by_form "$1"; fi
}

confirmed_count() {
  cat "${RUN}/confirmed-api.txt" "${RUN}/confirmed-form.txt" 2>/dev/null | wc -l
}

SUMMARY=()
STATUS=0

crash_test() {
  DATABASE="$1"
  RUN="target/crash-test/${DATABASE}"
  [ "$DATABASE" != h2 ] || RUN="${RUN}${H2_WRITE_DELAY:+-write-delay-${H2_WRITE_DELAY}}"
  WORK="$RUN"
  rm -rf "$RUN" && mkdir -p "$RUN"
  : >"${RUN}/confirmed-api.txt"
  : >"${RUN}/confirmed-form.txt"
  : >"${RUN}/sent.txt"
  : >"${RUN}/refused-api.txt"
  : >"${RUN}/refused-form.txt"
  local args=()
  case "$DATABASE" in
    h2)
      DB_URL=""
      if [ -n "$H2_WRITE_DELAY" ]; then
        # The embedded database's own URL, with the write delay given (kept as given, the start-up report warns).
        DB_URL="jdbc:h2:file:$(pwd)/${RUN}/data/database/jumelage;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=${H2_WRITE_DELAY}"
        args=(--spring.datasource.username=sa)
      fi
      ;;
    postgres)
      "${PSQL[@]}" -c "drop schema if exists ${SCHEMA} cascade; create schema ${SCHEMA}" >/dev/null
      DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=${SCHEMA}"
      ;;
    *) echo "Unknown database ${DATABASE}: h2 or postgres" >&2; exit 2 ;;
  esac

  section_start=$(date +%s)
  echo
  echo "===== Crash test on ${DATABASE}"
  launch_application "${args[@]}"

  echo "Making a project with an event open for registration, with a public link..."
  open_event "Crash test" "Avārijas tests"

  # One of each first, one after the other: both ways must work before the burst (and the JVM warms up).
  echo 0 >>"${RUN}/sent.txt"; register_by_api 0
  echo w >>"${RUN}/sent.txt"; register_by_form w
  if [ "$(wc -l <"${RUN}/confirmed-api.txt")" -ne 1 ] || [ "$(wc -l <"${RUN}/confirmed-form.txt")" -ne 1 ]; then
    echo "A first registration was not confirmed:" >&2
    cat "${RUN}"/refused-*.txt >&2 2>/dev/null || true
    SUMMARY+=("${DATABASE}: FAILED, a first registration through the API or the form was not confirmed; see ${RUN}")
    STATUS=1
    kill -9 "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=""
    return 0
  fi

  echo "Registering: ${CLIENTS} clients, half through the API, half through the public form;"
  echo "kill -9 after ${KILL_AFTER} confirmations or ${BURST_SECONDS} s, at most ${MAX_REGISTRATIONS} sent..."
  export -f registration register_by_api register_by_form
  export RUN BASE TOKEN EVENT PUBLIC_TOKEN
  seq 1 "$MAX_REGISTRATIONS" | xargs -P "$CLIENTS" -n 1 bash -c 'registration "$1"' _ 2>/dev/null &
  local clients=$! burst_start
  burst_start=$(date +%s)
  while kill -0 "$clients" 2>/dev/null \
      && [ "$(confirmed_count)" -lt "$KILL_AFTER" ] \
      && [ $(($(date +%s) - burst_start)) -lt "$BURST_SECONDS" ]; do
    sleep 0.2
  done
  local at_kill
  at_kill=$(confirmed_count)
  kill -9 "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
  APP=""
  touch "${RUN}/killed"
  echo "Killed with kill -9 after $(($(date +%s) - burst_start)) s, ${at_kill} confirmations counted."
  wait "$clients" 2>/dev/null || true

  launch_application "${args[@]}"
  api GET "/api/v1/events/${EVENT}/registrations?size=500" >"${RUN}/stored.json"
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
  APP=""

  jq -r '.items[].email' "${RUN}/stored.json" | sort >"${RUN}/stored-emails.txt"
  jq -r '.items[] | "\(.email) \(.id)"' "${RUN}/stored.json" | sort >"${RUN}/stored-ids.txt"
  { cut -d' ' -f1 "${RUN}/confirmed-api.txt"; cat "${RUN}/confirmed-form.txt"; } | sort >"${RUN}/confirmed.txt"
  local sent confirmed api_confirmed form_confirmed stored found lost duplicated wrong_id unconfirmed
  sent=$(wc -l <"${RUN}/sent.txt")
  api_confirmed=$(wc -l <"${RUN}/confirmed-api.txt")
  form_confirmed=$(wc -l <"${RUN}/confirmed-form.txt")
  confirmed=$(wc -l <"${RUN}/confirmed.txt")
  stored=$(wc -l <"${RUN}/stored-emails.txt")
  found=$(comm -12 "${RUN}/confirmed.txt" <(sort -u "${RUN}/stored-emails.txt") | wc -l)
  comm -23 "${RUN}/confirmed.txt" <(sort -u "${RUN}/stored-emails.txt") >"${RUN}/lost.txt"
  lost=$(wc -l <"${RUN}/lost.txt")
  duplicated=$(uniq -d "${RUN}/stored-emails.txt" | wc -l)
  # A registration confirmed by the API must be stored under the id the answer gave.
  wrong_id=$(comm -23 <(sort "${RUN}/confirmed-api.txt") "${RUN}/stored-ids.txt" | cut -d' ' -f1 | sort \
    | comm -12 - <(sort -u "${RUN}/stored-emails.txt") | wc -l)
  unconfirmed=$((stored - found))
  local seconds=$(($(date +%s) - section_start))

  local line
  line="$(printf '%-9s sent %d, confirmed %d (API %d, form %d), found %d, lost %d, duplicated %d, stored without confirmation %d, %d s' \
    "${DATABASE}$([ "$DATABASE" != h2 ] || echo "${H2_WRITE_DELAY:+ (WRITE_DELAY=${H2_WRITE_DELAY})}"):" "$sent" "$confirmed" "$api_confirmed" "$form_confirmed" \
    "$found" "$lost" "$duplicated" "$unconfirmed" "$seconds")"
  echo "$line"
  if [ "$confirmed" -eq 0 ]; then
    line="${line}: FAILED, nothing was confirmed"
    STATUS=1
  elif [ "$lost" -ne 0 ] || [ "$duplicated" -ne 0 ] || [ "$wrong_id" -ne 0 ]; then
    line="${line}: FAILED (${lost} lost, ${duplicated} duplicated, ${wrong_id} under another id; see ${RUN})"
    STATUS=1
  fi
  SUMMARY+=("$line")
  if [ "$DATABASE" = postgres ]; then
    "${PSQL[@]}" -c "drop schema if exists ${SCHEMA} cascade" >/dev/null || true
  fi
  DATABASE=""
}

build_application
for database in "${DATABASES[@]}"; do
  crash_test "$database"
done

echo
echo "===== Crash test summary"
printf '%s\n' "${SUMMARY[@]}"
if [ "$STATUS" -ne 0 ]; then
  echo "CONFIRMED REGISTRATIONS WERE LOST OR DUPLICATED." >&2
else
  echo "No confirmed registration lost or duplicated."
fi
exit "$STATUS"
