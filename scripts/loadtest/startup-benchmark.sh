#!/usr/bin/env bash
# Cold start and memory: how long Jumelage takes from `java -jar` to healthy with the demo data on a
# fresh data folder (embedded H2, the README's start), and how much memory the process holds (VmRSS
# from /proc/PID/status) once healthy and after a short warm load, next to a reference measured in
# the same run: the same JVM starting a plain HTTP server that answers /actuator/health (JDK only).
# Talks to 127.0.0.1 only; every run is bounded in time and stops by itself.
#
# Builds the jar once (JAR= reuses one), then RUNS times (default 3) for each heap setting:
#   recommended: JAVA_RECOMMENDED (the README's recommended options, default below)
#   default:     no option at all (the JVM's default heap: a quarter of the machine's memory)
#   cached:      the recommended options and the class cache of scripts/class-cache.sh (the jar
#                extracted, and an ahead-of-time cache on Java 24+ or a class-data-sharing archive
#                on Java 17-23, made once by a training start before the runs and not counted in them)
# starts it on a fresh data folder with JUMELAGE_DEMO=true and measures
#   healthy: /actuator/health answers {"status":"UP"} AND the start-up work (demo data) is done
#            (the start-up report "Jumelage data directory:" and the demo's line are in the log);
#   rss-healthy: VmRSS at that moment;
#   rss-warm: VmRSS after signing in as the demo coordinator and fetching each main staff page
#             WARM_ROUNDS times (default 5).
# Prints each run, the median and maximum per setting, the reference's, and the ratios.
# Usage: scripts/loadtest/startup-benchmark.sh   (needs curl, jq, javac)
# RUNS, WARM_ROUNDS, STARTUP_SECONDS (give-up time per start, 600), JAVA_RECOMMENDED and SETTINGS
# (default "recommended default cached"; one of them alone measures only that) change the run;
# JAVA=/path/to/bin/java runs everything, the reference included, on another JVM.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

# shellcheck source=application.sh
source scripts/loadtest/application.sh
# shellcheck source=signed-in.sh
source scripts/loadtest/signed-in.sh

RUNS="${RUNS:-3}"
SETTINGS="${SETTINGS:-recommended default cached}"
JAVA="${JAVA:-java}"
export JAVA
WARM_ROUNDS="${WARM_ROUNDS:-5}"
STARTUP_SECONDS="${STARTUP_SECONDS:-600}"
# Keep in step with README.md ("Memory and start-up").
JAVA_RECOMMENDED="${JAVA_RECOMMENDED:--Xmx256m -XX:+UseSerialGC}"
WORK="target/startupbench"

for tool in curl jq javac python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "This benchmark needs ${tool}." >&2; exit 1; }
done

rm -rf "$WORK" && mkdir -p "$WORK"
build_application

# The reference: the JDK's own HTTP server answering /actuator/health, nothing else.
mkdir -p "${WORK}/reference"
cat >"${WORK}/reference/Health.java" <<'JAVA'
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

public class Health {
    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }
}
JAVA
javac --release 17 -d "${WORK}/reference" "${WORK}/reference/Health.java"

CACHED_JAR=""
CACHED_OPTION=""
if [[ " ${SETTINGS} " == *" cached "* ]]; then
  echo "Making the class cache (scripts/class-cache.sh; not counted in the runs)..."
  cache_start=$(date +%s)
  JAVA_RECOMMENDED="$JAVA_RECOMMENDED" scripts/class-cache.sh "$JAR" "${WORK}/application" | tee "${WORK}/class-cache.txt"
  echo "The class cache took $(($(date +%s) - cache_start)) s to make."
  CACHED_JAR="${WORK}/application/$(basename "$JAR")"
  CACHED_OPTION=$(sed -nE 's/^ *[^ ]+ (-XX:(AOTCache|SharedArchiveFile)=[^ ]+) .*/\1/p' "${WORK}/class-cache.txt")
fi

APP=""
stop() {
  if [ -n "$APP" ]; then
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=""
  fi
}
trap stop EXIT

now() { date +%s.%N; }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
# CPU seconds (user + system, all threads) the process has used: on a shared machine a steadier
# figure than the wall-clock time, which waits for the other processes' turns.
TICKS=$(getconf CLK_TCK)
cpu_seconds() { sed 's/^.*) //' "/proc/$1/stat" | awk -v t="$TICKS" '{ printf "%.2f", ($12 + $13) / t }'; }

# healthy_after LOG: waits until health is UP (and, with LOG, the start-up work is logged); prints
# the seconds since START, or fails after STARTUP_SECONDS.
wait_healthy() {
  local log="${1:-}"
  while true; do
    local elapsed
    elapsed=$(awk -v a="$(now)" -v b="$START" 'BEGIN { printf "%d", a - b }')
    if [ "$elapsed" -ge "$STARTUP_SECONDS" ] || ! kill -0 "$APP" 2>/dev/null; then
      echo "Not healthy after ${elapsed} s; see ${log:-the reference}" >&2
      return 1
    fi
    if curl -fs "${BASE}/actuator/health" 2>/dev/null | grep -q '"status":"UP"' \
        && { [ -z "$log" ] || { grep -q 'Jumelage data directory:' "$log" && grep -q 'Loaded the demo data' "$log"; }; }; then
      awk -v a="$(now)" -v b="$START" 'BEGIN { printf "%.2f\n", a - b }'
      return 0
    fi
    sleep 0.05
  done
}

# start_jumelage NAME RUN JAR OPTIONS...: one cold start on a fresh data folder; appends a result line.
start_jumelage() {
  local name="$1" run="$2" jar="$3"
  shift 3
  local data="${WORK}/${name}-${run}"
  PORT="$(free_port)"
  BASE="http://127.0.0.1:${PORT}"
  mkdir -p "$data"
  START=$(now)
  env JUMELAGE_DEMO=true JUMELAGE_DATA_DIR="${data}/data" PORT="$PORT" \
    JUMELAGE_ADMIN_EMAIL=startupbench@jumelage.test JUMELAGE_ADMIN_PASSWORD='Startup-Benchmark-1' \
    "$JAVA" "$@" -jar "$jar" --server.address=127.0.0.1 >"${data}/application.log" 2>&1 &
  APP=$!
  local healthy rss_healthy rss_warm cpu
  healthy=$(wait_healthy "${data}/application.log")
  rss_healthy=$(rss_mb "$APP")
  cpu=$(cpu_seconds "$APP")
  sign_in
  staff_pages
  for _ in $(seq "$WARM_ROUNDS"); do
    while read -r _ path; do
      get_page "$path" >/dev/null
    done <<<"$PAGES"
  done
  rss_warm=$(rss_mb "$APP")
  stop
  echo "${name} ${run} ${healthy} ${rss_healthy} ${rss_warm} ${cpu} $(cut -d' ' -f1 /proc/loadavg)" | tee -a "${WORK}/results.txt"
}

start_reference() {
  local run="$1"
  PORT="$(free_port)"
  BASE="http://127.0.0.1:${PORT}"
  START=$(now)
  "$JAVA" "${@:2}" -cp "${WORK}/reference" Health "$PORT" &
  APP=$!
  local healthy rss cpu
  healthy=$(wait_healthy "")
  rss=$(rss_mb "$APP")
  cpu=$(cpu_seconds "$APP")
  stop
  echo "reference ${run} ${healthy} ${rss} ${rss} ${cpu} $(cut -d' ' -f1 /proc/loadavg)" | tee -a "${WORK}/results.txt"
}

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores); $("$JAVA" -version 2>&1 | head -1)"
echo "setting run healthy-seconds rss-healthy-MB rss-warm-MB cpu-seconds-at-healthy load-average"
for run in $(seq "$RUNS"); do
  for setting in $SETTINGS; do
    case "$setting" in
      # shellcheck disable=SC2086
      recommended) start_jumelage recommended "$run" "$JAR" $JAVA_RECOMMENDED ;;
      default) start_jumelage default "$run" "$JAR" ;;
      # shellcheck disable=SC2086
      cached) start_jumelage cached "$run" "$CACHED_JAR" $CACHED_OPTION $JAVA_RECOMMENDED ;;
    esac
  done
  start_reference "$run"
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

summary() {
  awk -v name="$1" '$1 == name { print $'"$2"' }' "${WORK}/results.txt" | sort -g | awk '
    { v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%s %s", m, v[NR] }'
}
echo
echo "${RUNS} runs (recommended: ${JAVA_RECOMMENDED}; default: no option; cached: ${CACHED_OPTION:-not run} ${JAVA_RECOMMENDED})"
printf '%-12s %20s %20s %20s %20s\n' setting "healthy s" "RSS healthy MB" "RSS warm MB" "CPU s at healthy"
for name in $SETTINGS reference; do
  read -r h hmax <<<"$(summary "$name" 3)"
  read -r r rmax <<<"$(summary "$name" 4)"
  read -r w wmax <<<"$(summary "$name" 5)"
  read -r c cmax <<<"$(summary "$name" 6)"
  printf '%-12s %20s %20s %20s %20s\n' "$name" "${h} / ${hmax}" "${r} / ${rmax}" "${w} / ${wmax}" "${c} / ${cmax}"
done
echo "(median / maximum of each column)"
read -r ref _ <<<"$(summary reference 3)"
read -r refrss _ <<<"$(summary reference 4)"
read -r refcpu _ <<<"$(summary reference 6)"
for name in $SETTINGS; do
  read -r h _ <<<"$(summary "$name" 3)"
  read -r w _ <<<"$(summary "$name" 5)"
  read -r c _ <<<"$(summary "$name" 6)"
  awk -v n="$name" -v h="$h" -v r="$ref" -v w="$w" -v m="$refrss" -v c="$c" -v rc="$refcpu" \
    'BEGIN { printf "Ratio %s / reference: start %.1f times, CPU %.1f times, warm RSS %.1f times\n", n, h / r, c / rc, w / m }'
done
