#!/usr/bin/env bash
# Signed-in pages at demo scale: the server time of each main staff page for the demo coordinator,
# sessions in the database included (Spring Session JDBC), next to a static file fetched with the
# same session through the same filter chain (security, session, headers) in the same run.
# Builds the jar (JAR= reuses one), starts it on a fresh embedded database with JUMELAGE_DEMO=true
# on a free port at 127.0.0.1 with Tomcat's access log on (%D: microseconds from the first byte
# read to the last byte written, the server's own time), signs in through the sign-in form, then
# fetches each page ROUNDS times (default 50) one after another, over one kept-alive connection
# per round as a browser would (NEW_CONNECTIONS=1: a new connection per request), after WARMUP
# rounds (default 150, about a minute, so that the JVM has compiled the pages' code) not counted. Prints per page the median and p95 of the server time and of curl's total time,
# and the ratio of each page's median server time to the static file's.
# Usage: scripts/loadtest/signed-in-pages-benchmark.sh   (needs curl and jq)
# JAVA_OPTIONS: the JVM options (default: the README's recommended ones); JAVA=/path/to/bin/java
# runs it on another JVM.
# SQL_COUNT=1 instead counts the SQL statements of each page (Hibernate's and JdbcTemplate's debug
# log, Spring Session's included), fetching each page once after the warm-up; no times are printed,
# as the debug log slows every page down.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

# shellcheck source=application.sh
source scripts/loadtest/application.sh
# shellcheck source=signed-in.sh
source scripts/loadtest/signed-in.sh

ROUNDS="${ROUNDS:-50}"
SQL_COUNT="${SQL_COUNT:-}"
SQL_LOGGING=()
if [ -n "$SQL_COUNT" ]; then
  SQL_LOGGING=(--logging.level.org.hibernate.SQL=DEBUG --logging.level.org.springframework.jdbc.core.JdbcTemplate=DEBUG)
fi
# 150 rounds (1,950 requests) before the measured ones: with 10, the JIT compilers had not yet
# compiled the pages' code, and the figures were those of the first minute after a start.
WARMUP="${WARMUP:-150}"
# Keep in step with README.md ("Memory and start-up") and startup-benchmark.sh.
JAVA_OPTIONS="${JAVA_OPTIONS:--Xmx256m -XX:+UseSerialGC}"
STARTUP_SECONDS="${STARTUP_SECONDS:-600}"
PORT="${PORT:-$(free_port)}"
BASE="http://127.0.0.1:${PORT}"
WORK="$(pwd)/target/pagesbench"
STATIC_PATH="/css/jumelage.css"

for tool in curl jq python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "This benchmark needs ${tool}." >&2; exit 1; }
done

rm -rf "$WORK" && mkdir -p "$WORK"
build_application

echo "Starting ${JAR} with the demo data on a fresh embedded database at ${BASE} (${JAVA_OPTIONS})..."
# shellcheck disable=SC2086
env JUMELAGE_DEMO=true JUMELAGE_DATA_DIR="${WORK}/data" PORT="$PORT" \
  JUMELAGE_ADMIN_EMAIL=pagesbench@jumelage.test JUMELAGE_ADMIN_PASSWORD='Pages-Benchmark-1' \
  "${JAVA:-java}" $JAVA_OPTIONS -jar "$JAR" --server.address=127.0.0.1 \
  --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="${WORK}" \
  --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log \
  --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=false \
  '--server.tomcat.accesslog.pattern=%m %U %s %D' "${SQL_LOGGING[@]}" >"${WORK}/application.log" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true' EXIT

started=$(date +%s)
until grep -q 'Loaded the demo data' "${WORK}/application.log" 2>/dev/null \
    && curl -fs "${BASE}/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
  if [ $(($(date +%s) - started)) -ge "$STARTUP_SECONDS" ] || ! kill -0 "$APP" 2>/dev/null; then
    echo "The application did not start; see ${WORK}/application.log" >&2
    exit 1
  fi
  sleep 0.5
done
echo "Healthy with the demo data after $(($(date +%s) - started)) s."

sign_in
staff_pages
PAGES="${PAGES}
static-file ${STATIC_PATH}"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"

if [ -n "$SQL_COUNT" ]; then
  for _ in $(seq "$WARMUP"); do
    while read -r _ path; do get_page "$path" >/dev/null; done <<<"$PAGES"
  done
  printf '\n%-13s %-32s %s\n' page path "SQL statements"
  while read -r name path; do
    before=$(wc -l <"${WORK}/application.log")
    get_page "$path" >/dev/null
    sleep 0.2
    count=$(tail -n +$((before + 1)) "${WORK}/application.log" | grep -cE 'org\.hibernate\.SQL|Executing (prepared )?SQL' || true)
    printf '%-13s %-32s %s\n' "$name" "$path" "$count"
  done <<<"$PAGES"
  exit 0
fi

# One pass over every page per round, so that each page sees the same machine. As a browser does,
# a round's requests go one after another over one kept-alive connection (one curl for the round);
# NEW_CONNECTIONS=1 opens a new connection (and a new curl) for every request instead.
NEW_CONNECTIONS="${NEW_CONNECTIONS:-}"
: >"${WORK}/client.txt"
for round in $(seq $((WARMUP + ROUNDS))); do
  if [ -n "$NEW_CONNECTIONS" ]; then
    results=$(while read -r _ path; do get_page "$path"; done <<<"$PAGES")
  else
    urls=()
    while read -r _ path; do urls+=(-o /dev/null "${BASE}${path}"); done <<<"$PAGES"
    results=$(curl -s -b "$COOKIES" -w '%{http_code} %{time_total}\n' "${urls[@]}")
  fi
  paste -d' ' <(printf '%s\n' "$PAGES") <(printf '%s\n' "$results") >"${WORK}/round.txt"
  while read -r name path status seconds; do
    if [ "$status" != 200 ]; then
      echo "${name} ${path} answered ${status}." >&2
      exit 1
    fi
    if [ "$round" -gt "$WARMUP" ]; then
      echo "${name} ${path} ${seconds}" >>"${WORK}/client.txt"
    fi
  done <"${WORK}/round.txt"
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# The access log has every request; keep the measured rounds of each path (the last ROUNDS).
stats() { # stats FILE: median and p95 of the numbers in FILE
  sort -g "$1" | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    p = v[int(NR * 0.95 + 0.999)]; printf "%.2f %.2f", m, p }'
}
printf '\n%-13s %-32s %12s %12s %12s %12s %8s\n' page path "server med" "server p95" "client med" "client p95" ratio
STATIC_MEDIAN=""
for pass in static pages; do
  while read -r name path; do
    if [ "$pass" = static ] && [ "$name" != static-file ]; then continue; fi
    if [ "$pass" = pages ] && [ "$name" = static-file ]; then continue; fi
    grep -E "^GET ${path} 200 " "${WORK}/access.log" | tail -n "$ROUNDS" | awk '{ print $4 / 1000 }' >"${WORK}/server.txt"
    awk -v n="$name" '$1 == n { print $3 * 1000 }' "${WORK}/client.txt" >"${WORK}/one.txt"
    read -r smed sp95 <<<"$(stats "${WORK}/server.txt")"
    read -r cmed cp95 <<<"$(stats "${WORK}/one.txt")"
    if [ "$pass" = static ]; then STATIC_MEDIAN="$smed"; fi
    ratio=$(awk -v a="$smed" -v b="$STATIC_MEDIAN" 'BEGIN { printf "%.1f", a / b }')
    printf '%-13s %-32s %9s ms %9s ms %9s ms %9s ms %7sx\n' "$name" "$path" "$smed" "$sp95" "$cmed" "$cp95" "$ratio"
    echo "$smed" >>"${WORK}/medians.txt"
  done <<<"$PAGES"
done
echo
echo "Median over the pages of their median server time: $(head -n -0 "${WORK}/medians.txt" | tail -n +2 | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }') ms (${ROUNDS} rounds each; static file ${STATIC_MEDIAN} ms)"
