# Shared by the load tests (sourced, not run): builds the jar, starts it on its own PostgreSQL schema
# at 127.0.0.1, waits until it is healthy, calls its API with the administrator's token, and stops it
# and drops the schema when the calling script exits.
# The caller sets PORT, SCHEMA, WORK (a folder under target/), TOKEN, BASE and PSQL first.

# Builds and starts the application; extra arguments go to the application (e.g. Spring properties).
start_application() {
  "${PSQL[@]}" -c "drop schema if exists ${SCHEMA} cascade; create schema ${SCHEMA}" >/dev/null

  echo "Building the application..."
  ./mvnw -q -Dmaven.test.skip=true -Dspotless.check.skip=true package
  local jar
  jar="$(ls target/jumelage-*.jar | grep -v original | head -1)"

  echo "Starting it on PostgreSQL schema ${SCHEMA}, ${BASE}..."
  JUMELAGE_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=${SCHEMA}" \
  JUMELAGE_DB_USER=postgres \
  JUMELAGE_DATA_DIR="${WORK}/data" \
  JUMELAGE_ADMIN_EMAIL=loadtest@jumelage.test \
  JUMELAGE_ADMIN_PASSWORD='Loadtest-Administrator-1' \
  JUMELAGE_ADMIN_API_TOKEN="$TOKEN" \
  JUMELAGE_PUBLIC_URL="$BASE" \
  PORT="$PORT" \
    java -Xmx1g -jar "$jar" --server.address=127.0.0.1 "$@" >"${WORK}/application.log" 2>&1 &
  APP=$!
  trap stop_application EXIT

  for _ in $(seq "${STARTUP_SECONDS:-600}"); do
    if curl -fs "${BASE}/actuator/health" >/dev/null 2>&1; then
      return 0
    fi
    sleep 1
  done
  echo "The application did not start; see ${WORK}/application.log" >&2
  exit 1
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
