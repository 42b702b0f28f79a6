#!/usr/bin/env bash
# Public pages' throughput and latency, each next to the same bytes served as a static file by the
# same server in the same run, on PostgreSQL at 127.0.0.1 only.
# Builds the jar, starts it on a fresh schema and a free port with one more static folder, makes a
# published project (three partners in three countries, two public events, three public news
# articles) through the API, fetches seven public pages once and saves each in the static folder:
# home /en, project /en/projects/{id}, event /en/events/{id}, news article /en/news/{slug}, news
# list /en/news, the RSS feed /feeds/news.rss and /sitemap.xml. Then drives each page and its static
# copy (/css/bench/..., /css/** is already public) with wrk, bounded in time, each after a warm-up of
# WARMUP_SECONDS. Public pages are served from the public page cache after their first request
# (anonymous readers; any change of public data invalidates it on every instance).
# Last, the first request after an invalidation: ROUNDS times per page, a public change through the
# API (an extra article published or withdrawn) then one timed request (built anew), then one more
# (from the cache).
# Prints requests/s, median and p99 of each and the ratio: the figures docs/benchmarks.md quotes
# ("Public pages").
# Usage: scripts/loadtest/public-page-benchmark.sh   (needs wrk, jq and psql: apt-get install wrk jq postgresql-client)
# THREADS, CONNECTIONS, DURATION (seconds), WARMUP_SECONDS and ROUNDS change the load; PORT and SCHEMA the place.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

PORT="${PORT:-$(free_port)}"
SCHEMA="${SCHEMA:-jumelage_pagebench}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
SECONDS_EACH="${DURATION:-15}"
WARMUP_SECONDS="${WARMUP_SECONDS:-10}"
ROUNDS="${ROUNDS:-20}"
TOKEN="jmlg_pagebench_$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"
BASE="http://127.0.0.1:${PORT}"
PSQL=(env PGOPTIONS=-cclient_min_messages=warning psql -h 127.0.0.1 -U postgres -d test -w -qtA)
WORK="target/pagebench"
STATIC="$(pwd)/${WORK}/static"

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
  SLUG=$(api GET "/api/v1/news/${ARTICLE}" | jq -r .slug)
done
# An article that is published and withdrawn to invalidate the cache in the last part.
TOGGLE=$(api POST /api/v1/news "$(jq -n '{titles: {lv: "Mainīgs raksts", en: "A changing article"},
  bodies: {lv: "Teksts.", en: "Text."}, tags: []}')" | jq .id)

# name, public address, static copy
PAGES=(
  "home|/en|/css/bench/home.html"
  "project|/en/projects/${PROJECT}|/css/bench/project.html"
  "event|/en/events/${FIRST}|/css/bench/event.html"
  "article|/en/news/${SLUG}|/css/bench/article.html"
  "news-list|/en/news|/css/bench/news.html"
  "feed-rss|/feeds/news.rss|/css/bench/news.rss"
  "sitemap|/sitemap.xml|/css/bench/sitemap.xml"
)
for entry in "${PAGES[@]}"; do
  IFS='|' read -r name path copy <<<"$entry"
  curl -fsS -o "${STATIC}${copy}" "${BASE}${path}"
  PAGE_BYTES=$(curl -fsS "${BASE}${path}" | wc -c)
  STATIC_BYTES=$(curl -fsS "${BASE}${copy}" | wc -c)
  [ "$PAGE_BYTES" = "$STATIC_BYTES" ] || { echo "${name}: the static copy (${STATIC_BYTES} bytes) differs from the page (${PAGE_BYTES} bytes)" >&2; exit 1; }
  echo "${name} ${path}: ${PAGE_BYTES} bytes; its static copy: ${copy}"
done
grep -q "Town twinning for change" "${STATIC}/css/bench/project.html" || { echo "The saved page is not the project's public page" >&2; exit 1; }

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

# The first request after an invalidation (built anew) and the one after it (kept), in milliseconds.
first_after_change() {
  local path="$1" published=false round
  : >"${WORK}/first.txt"; : >"${WORK}/kept.txt"
  for round in $(seq "$ROUNDS"); do
    if [ "$published" = false ]; then published=true; else published=false; fi
    api PUT "/api/v1/news/${TOGGLE}/publication" "{\"published\":${published}}" >/dev/null
    curl -fsS -o /dev/null -w '%{time_total}\n' "${BASE}${path}" | awk '{ printf "%.2f\n", $1 * 1000 }' >>"${WORK}/first.txt"
    curl -fsS -o /dev/null -w '%{time_total}\n' "${BASE}${path}" | awk '{ printf "%.2f\n", $1 * 1000 }' >>"${WORK}/kept.txt"
  done
}
median() {
  sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "Each page and its static copy: ${THREADS} threads, ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up then ${SECONDS_EACH} s..."
for entry in "${PAGES[@]}"; do
  IFS='|' read -r name path copy <<<"$entry"
  echo "${name}: ${path}"
  run "${name}" "$path"
  echo "${name}: static copy ${copy}"
  run "${name}-static" "$copy"
done
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "The first request after a change of public data, ${ROUNDS} rounds per page..."
for entry in "${PAGES[@]}"; do
  IFS='|' read -r name path copy <<<"$entry"
  first_after_change "$path"
  median "${WORK}/first.txt" >"${WORK}/${name}-first.median"
  sort -n "${WORK}/first.txt" | tail -1 >"${WORK}/${name}-first.max"
  median "${WORK}/kept.txt" >"${WORK}/${name}-kept.median"
done

echo
echo "Load average before the runs: ${LOAD_BEFORE}; after the wrk runs: ${LOAD_AFTER}"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), $("${JAVA:-java}" -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
echo "Load: wrk -t${THREADS} -c${CONNECTIONS} -d${SECONDS_EACH}s after ${WARMUP_SECONDS} s warm-up, each page then its static copy"
printf '%-10s %8s | %10s %8s %8s | %10s %8s %8s | %14s | %21s\n' "page" "bytes" "page req/s" "median" "p99" "static r/s" "median" "p99" "static / page" "after a change: first"
for entry in "${PAGES[@]}"; do
  IFS='|' read -r name path copy <<<"$entry"
  rps=$(figure "$name" "Requests/sec:"); srps=$(figure "${name}-static" "Requests/sec:")
  p50=$(milliseconds "$(figure "$name" "50%")"); p99=$(milliseconds "$(figure "$name" "99%")")
  s50=$(milliseconds "$(figure "${name}-static" "50%")"); s99=$(milliseconds "$(figure "${name}-static" "99%")")
  bytes=$(wc -c <"${STATIC}${copy}")
  ratio=$(awk -v p="$rps" -v s="$srps" 'BEGIN { printf "%.2f", s / p }')
  printf '%-10s %8s | %10s %8s %8s | %10s %8s %8s | %14s | %8s ms (max %s), then %s ms\n' "$name" "$bytes" "$rps" "$p50" "$p99" "$srps" "$s50" "$s99" "$ratio" \
    "$(cat "${WORK}/${name}-first.median")" "$(cat "${WORK}/${name}-first.max")" "$(cat "${WORK}/${name}-kept.median")"
done
echo "(latencies in ms; 'static / page' is the static copy's requests/s over the page's: the aim is at most 4;"
echo " 'after a change' is curl's total time of the first request after a public change, median of ${ROUNDS}, then the next one's)"
