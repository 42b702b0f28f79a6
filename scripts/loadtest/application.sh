# Shared by the load tests and the crash test (sourced, not run): builds the jar, starts it at
# 127.0.0.1 on its own PostgreSQL schema or on the embedded database, waits until it is healthy,
# calls its API with the administrator's token, and stops it and drops the schema when the calling
# script exits.
# The caller sets PORT, SCHEMA, WORK (a folder under target/), TOKEN, BASE and PSQL first; JAR may
# name a jar that is already built, JAVA_OPTIONS extra options for the JVM, JAVA another JVM
# (/path/to/bin/java).

# A free TCP port on 127.0.0.1, for PORT.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Builds the jar unless JAR names one; sets JAR.
build_application() {
  if [ -n "${JAR:-}" ] && [ -f "$JAR" ]; then
    echo "Using ${JAR}."
    return 0
  fi
  echo "Building the application..."
  ./mvnw -q -Dmaven.test.skip=true -Dspotless.check.skip=true package
  JAR="$(ls target/jumelage-*.jar | grep -v original | head -1)"
}

# Starts the jar in the background (APP is its process id) and waits until it is ready: it answers,
# and the start-up report (written once the start-up tasks, such as loading the towns, are done) is
# in the log.
# DB_URL empty: the embedded H2 database in ${WORK}/data; otherwise that database as user postgres.
# Extra arguments go to the application (e.g. Spring properties).
launch_application() {
  if curl -s -o /dev/null "${BASE}/" 2>/dev/null; then
    echo "Something already answers at ${BASE}; choose another PORT." >&2
    exit 1
  fi
  local reports
  reports=$(grep -c 'Jumelage data directory:' "${WORK}/application.log" 2>/dev/null || true)
  echo "Starting it on ${DB_URL:-the embedded database in ${WORK}/data}, ${BASE}..."
  env ${DB_URL:+JUMELAGE_DB_URL="$DB_URL"} ${DB_URL:+JUMELAGE_DB_USER=postgres} \
    JUMELAGE_DATA_DIR="${WORK}/data" \
    JUMELAGE_ADMIN_EMAIL=loadtest@jumelage.test \
    JUMELAGE_ADMIN_PASSWORD='Loadtest-Administrator-1' \
    JUMELAGE_ADMIN_API_TOKEN="$TOKEN" \
    JUMELAGE_PUBLIC_URL="$BASE" \
    PORT="$PORT" \
    "${JAVA:-java}" -Xmx1g ${JAVA_OPTIONS:-} -jar "$JAR" --server.address=127.0.0.1 "$@" >>"${WORK}/application.log" 2>&1 &
  APP=$!

  local started
  started=$(date +%s)
  while [ $(($(date +%s) - started)) -lt "${STARTUP_SECONDS:-600}" ]; do
    if [ "$(grep -c 'Jumelage data directory:' "${WORK}/application.log")" -gt "${reports:-0}" ] \
        && curl -fs "${BASE}/actuator/health" >/dev/null 2>&1; then
      echo "Answering after $(($(date +%s) - started)) s."
      return 0
    fi
    if ! kill -0 "$APP" 2>/dev/null; then
      break
    fi
    sleep 1
  done
  echo "The application did not start; see ${WORK}/application.log" >&2
  exit 1
}

# Builds and starts the application on a fresh PostgreSQL schema, stopped and dropped at exit.
start_application() {
  "${PSQL[@]}" -c "drop schema if exists ${SCHEMA} cascade; create schema ${SCHEMA}" >/dev/null
  build_application
  DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=${SCHEMA}"
  trap stop_application EXIT
  launch_application "$@"
}

stop_application() {
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
  "${PSQL[@]}" -c "drop schema if exists ${SCHEMA} cascade" >/dev/null || true
}

# api METHOD PATH [JSON]: calls the API as the administrator, fails on an error answer.
api() {
  local method="$1" path="$2" body="${3:-}"
  curl -fsS -X "$method" -H "Authorization: Bearer ${TOKEN}" -H 'Content-Type: application/json' \
    ${body:+--data "$body"} "${BASE}${path}"
}

# all_registrations EVENT: every registration of the event as one {"items":[…]}, read page after page
# from the paged API (GET /api/v1/events/{id}/registrations answers at most 500 a page). The pages go
# through a file, not through jq's arguments: one argument may hold at most 128 KiB, less than a page.
all_registrations() {
  local event="$1" page=0 size=500 pages count
  pages="$(mktemp)"
  while :; do
    api GET "/api/v1/events/${event}/registrations?page=${page}&size=${size}" >"${pages}.page" || { rm -f "$pages" "${pages}.page"; return 1; }
    count=$(jq '.items | length' "${pages}.page")
    cat "${pages}.page" >>"$pages" && echo >>"$pages"
    [ "$count" -lt "$size" ] && break
    page=$((page + 1))
  done
  jq -cs '{items: (map(.items) | add)}' "$pages"
  rm -f "$pages" "${pages}.page"
}

# open_event TITLE_EN TITLE_LV: through the API, makes an organisation (Daugavpils), a running project it leads
# and an event (8–12 November 2018) open for registration with a public link; sets EVENT and
# PUBLIC_TOKEN.
open_event() {
  local title="$1" title_lv="$2" lead project
  lead=$(api POST /api/v1/organisations \
    '{"names":{"lv":"Daugavpils pilsētas dome","en":"Daugavpils City Council"},"type":"MUNICIPALITY","town":460413,"country":"LV"}' | jq .id)
  project=$(api POST /api/v1/projects \
    "{\"titles\":{\"en\":\"${title}\"},\"status\":\"RUNNING\",\"measure\":\"E4C-2014-TT\",\"leadOrganisationId\":${lead}}" | jq .id)
  EVENT=$(api POST "/api/v1/projects/${project}/events" \
    "{\"titles\":{\"lv\":\"${title_lv}\",\"en\":\"${title}\"},\"hostTowns\":[460413],\"startDate\":\"2018-11-08\",\"endDate\":\"2018-11-12\"}" | jq .id)
  PUBLIC_TOKEN=$(api PUT "/api/v1/events/${EVENT}/registration-settings" '{"open":true,"publicLink":true}' | jq -r .publicToken)
}

# csrf_token PAGE: prints the CSRF token of the form in the HTML page PAGE (fails when there is none).
csrf_token() {
  if [[ "$1" =~ name=\"_csrf\"\ value=\"([^\"]+)\" ]] || [[ "$1" =~ value=\"([^\"]+)\"\ name=\"_csrf\" ]]; then
    echo "${BASH_REMATCH[1]}"
  else
    return 1
  fi
}
