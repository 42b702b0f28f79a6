#!/usr/bin/env bash
# Public project page throughput and latency, next to the same HTML served as a static file by the
# same server, on PostgreSQL at 127.0.0.1 only.
# Builds the jar, starts it on a fresh schema and a free port with one more static folder, makes a
# published project (three partners in three countries, two public events, three public news
# articles) through the API, fetches its public page /en/projects/{id} once and saves that HTML in
# the static folder, then drives both addresses with wrk, bounded in time (each after a warm-up of
# WARMUP_SECONDS, so that the JIT has compiled what the page runs):
#   1. the public project page, built for every request (read model, news, template);
#   2. the same bytes as a static file (/css/bench/project.html: /css/** is already public).
# Prints requests/s, median and p99 latency of each and their ratio: the figures docs/benchmarks.md
# quotes ("Public project page").
# Usage: scripts/loadtest/public-page-benchmark.sh   (needs wrk, jq and psql: apt-get install wrk jq postgresql-client)
# THREADS, CONNECTIONS, DURATION (seconds) and WARMUP_SECONDS change the load; PORT and SCHEMA the place.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

PORT="${PORT:-$(free_port)}"
SCHEMA="${SCHEMA:-jumelage_pagebench}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
SECONDS_EACH="${DURATION:-20}"
WARMUP_SECONDS="${WARMUP_SECONDS:-20}"
TOKEN="jmlg_pagebench_$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"
BASE="http://127.0.0.1:${PORT}"
PSQL=(env PGOPTIONS=-cclient_min_messages=warning psql -h 127.0.0.1 -U postgres -d test -w -qtA)
WORK="target/pagebench"
STATIC="$(pwd)/${WORK}/static"
STATIC_PATH="/css/bench/project.html"

for tool in wrk jq psql curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "This benchmark needs ${tool}: apt-get install -y wrk jq postgresql-client curl" >&2; exit 1; }
done

rm -rf "$WORK" && mkdir -p "${STATIC}/css/bench"
# shellcheck source=application.sh
source scripts/loadtest/application.sh
start_application "--spring.web.resources.static-locations=classpath:/static/,file:${STATIC}/"

echo "Making a published project with three partners, two public events and three public articles..."
LEAD=$(api POST /api/v1/organisations \
  '{"names":{"lv":"Daugavpils pilsētas dome","en":"Daugavpils City Council"},"type":"MUNICIPALITY","town":460413,"country":"LV"}' | jq .id)
KAUNAS=$(api POST /api/v1/organisations \
  '{"names":{"lv":"Kauņas pašvaldība","en":"Kaunas City Municipality"},"type":"MUNICIPALITY","town":598316,"country":"LT"}' | jq .id)
LODZ=$(api POST /api/v1/organisations \
  '{"names":{"lv":"Lodzas pilsētas dome","en":"Łódź City Office"},"type":"MUNICIPALITY","town":3093133,"country":"PL"}' | jq .id)
PROJECT=$(api POST /api/v1/projects "$(jq -n --argjson lead "$LEAD" '{
  acronym: "TTBench",
  titles: {lv: "Pilsētu sadraudzība pārmaiņām", en: "Town twinning for change"},
  status: "CLOSED", measure: "E4C-2014-TT", startDate: "2018-08-01", endDate: "2019-01-31",
  totalCost: 25000, euGrant: 21000, fundingRate: 84,
  summary: {lv: "Trīs pilsētu iedzīvotāji tiekas, lai runātu par Eiropas nākotni.",
            en: "Residents of three towns meet to talk about the future of Europe."},
  objectives: {lv: "Stiprināt pilsoņu līdzdalību.", en: "Strengthen civic participation."},
  coordinatorName: "Anna Bērziņa", coordinatorEmail: "anna@daugavpils.example", leadOrganisationId: $lead}')" | jq .id)
api POST "/api/v1/projects/${PROJECT}/partners" "{\"organisationId\":${KAUNAS},\"role\":\"PARTNER\"}" >/dev/null
api POST "/api/v1/projects/${PROJECT}/partners" "{\"organisationId\":${LODZ},\"role\":\"PARTNER\"}" >/dev/null
FIRST=$(api POST "/api/v1/projects/${PROJECT}/events" \
  '{"titles":{"lv":"Tikšanās Daugavpilī","en":"Meeting in Daugavpils"},"type":"CITIZENS_MEETING","hostTowns":[460413],"startDate":"2018-11-08","endDate":"2018-11-12","agenda":{"lv":"Iepazīšanās, darbnīcas, pilsētas apskate.","en":"Getting to know each other, workshops, a tour of the town."}}' | jq .id)
SECOND=$(api POST "/api/v1/projects/${PROJECT}/events" \
  '{"titles":{"lv":"Noslēguma konference Kauņā","en":"Closing conference in Kaunas"},"type":"CONFERENCE","hostTowns":[598316],"startDate":"2019-01-15","endDate":"2019-01-17"}' | jq .id)
api PUT "/api/v1/projects/${PROJECT}/publication" '{"published":true}' >/dev/null
api PUT "/api/v1/events/${FIRST}/publication" '{"published":true}' >/dev/null
api PUT "/api/v1/events/${SECOND}/publication" '{"published":true}' >/dev/null
for n in 1 2 3; do
  ARTICLE=$(api POST /api/v1/news "$(jq -n --argjson project "$PROJECT" --argjson event "$FIRST" --arg n "$n" '{
    titles: {lv: ("Jaunumi no Daugavpils, " + $n + ". daļa"), en: ("News from Daugavpils, part " + $n)},
    bodies: {lv: "No 2018. gada 8. līdz 12. novembrim Daugavpilī tikās **trīs pilsētu** iedzīvotāji.\n\nProjektu finansē Eiropas Savienības programma \"Eiropa pilsoņiem\".",
             en: "From 8 to 12 November 2018 residents of **three towns** met in Daugavpils.\n\nThe project is funded by the Europe for Citizens Programme of the European Union."},
    projectId: $project, eventId: $event, tags: ["town twinning", "daugavpils"]}')" | jq .id)
  api PUT "/api/v1/news/${ARTICLE}/publication" '{"published":true}' >/dev/null
done

PAGE_PATH="/en/projects/${PROJECT}"
curl -fsS -o "${STATIC}/css/bench/project.html" "${BASE}${PAGE_PATH}"
PAGE_BYTES=$(curl -fsS "${BASE}${PAGE_PATH}" | wc -c)
STATIC_BYTES=$(curl -fsS "${BASE}${STATIC_PATH}" | wc -c)
[ "$PAGE_BYTES" = "$STATIC_BYTES" ] || { echo "The static copy (${STATIC_BYTES} bytes) differs from the page (${PAGE_BYTES} bytes)" >&2; exit 1; }
grep -q "Town twinning for change" "${STATIC}/css/bench/project.html" || { echo "The saved page is not the project's public page" >&2; exit 1; }
echo "Public page ${PAGE_PATH}: ${PAGE_BYTES} bytes; its static copy: ${STATIC_PATH}"

# wrk --latency: the requests/s, the median and the 99th percentile, and whether any answer was not 2xx/3xx.
run() {
  local name="$1" path="$2"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" --timeout 10s "${BASE}${path}" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s --latency "${BASE}${path}" | tee "${WORK}/${name}.txt"
  if grep -q "Non-2xx or 3xx responses" "${WORK}/${name}.txt"; then
    echo "${name}: some answers were errors" >&2
    exit 1
  fi
}
figure() {
  awk -v key="$2" '$1 == key { print $2 }' "${WORK}/$1.txt"
}
milliseconds() {
  # wrk writes 850.00us, 1.23ms or 1.02s
  awk -v value="$1" 'BEGIN {
    if (value ~ /us$/) { sub(/us$/, "", value); printf "%.2f", value / 1000 }
    else if (value ~ /ms$/) { sub(/ms$/, "", value); printf "%.2f", value }
    else if (value ~ /s$/) { sub(/s$/, "", value); printf "%.2f", value * 1000 }
    else { printf "%s", value } }'
}

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "Public project page: ${THREADS} threads, ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up then ${SECONDS_EACH} s..."
run page "$PAGE_PATH"
echo "The same HTML as a static file: same load..."
run static "$STATIC_PATH"

PAGE_RPS=$(figure page "Requests/sec:")
STATIC_RPS=$(figure static "Requests/sec:")
PAGE_P50=$(milliseconds "$(figure page "50%")")
PAGE_P99=$(milliseconds "$(figure page "99%")")
STATIC_P50=$(milliseconds "$(figure static "50%")")
STATIC_P99=$(milliseconds "$(figure static "99%")")

echo
echo "Load average before the runs: ${LOAD_BEFORE}"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
echo "Load: wrk -t${THREADS} -c${CONNECTIONS} -d${SECONDS_EACH}s after ${WARMUP_SECONDS} s warm-up; ${PAGE_BYTES} bytes per answer"
printf '%-28s %12s %12s %12s\n' "" "requests/s" "median ms" "p99 ms"
printf '%-28s %12s %12s %12s\n' "public project page" "$PAGE_RPS" "$PAGE_P50" "$PAGE_P99"
printf '%-28s %12s %12s %12s\n' "same HTML, static file" "$STATIC_RPS" "$STATIC_P50" "$STATIC_P99"
awk -v page="$PAGE_RPS" -v static="$STATIC_RPS" -v p50="$PAGE_P50" -v s50="$STATIC_P50" 'BEGIN {
  printf "Ratio: the static file serves %.1f times the requests/s of the page; the page median is %.1f times the static median\n",
    static / page, (s50 > 0 ? p50 / s50 : 0) }'
