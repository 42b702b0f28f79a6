#!/usr/bin/env bash
# An S3-compatible object store for trying JUMELAGE_STORAGE_TYPE=s3 and for the scale-out test:
# S3Proxy (org.gaul:s3proxy from Maven Central, the version of pom.xml's s3proxy.version, its
# jar-with-dependencies fetched into ~/.m2 by the Maven wrapper) on 127.0.0.1, keeping the objects
# in a folder, checking AWS signatures with one access key.
#
# Usage:
#   scripts/loadtest/s3proxy.sh start PORT [FOLDER [BUCKET]]
#       starts it in the background on 127.0.0.1:PORT (0: a free port), objects in FOLDER (default: a
#       new temporary folder), BUCKET created beforehand if given; waits until it answers (at most
#       60 s), then prints shell assignments to eval and returns:
#         S3PROXY_PID=… S3PROXY_ENDPOINT=http://127.0.0.1:PORT S3PROXY_FOLDER=…
#       and the application's settings (JUMELAGE_STORAGE_TYPE=s3, _S3_ENDPOINT, _ACCESS_KEY…).
#       Its log is FOLDER.log (beside the folder, not in it).
#   scripts/loadtest/s3proxy.sh stop FOLDER
#       stops the one started with that folder (its pid is in FOLDER.pid).
# Keys: S3PROXY_ACCESS_KEY (default jumelage), S3PROXY_SECRET_KEY (default jumelage-secret).
# Example: eval "$(scripts/loadtest/s3proxy.sh start 0 /tmp/objects jumelage)"; …; kill "$S3PROXY_PID"
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

ACCESS_KEY="${S3PROXY_ACCESS_KEY:-jumelage}"
SECRET_KEY="${S3PROXY_SECRET_KEY:-jumelage-secret}"

usage() {
  sed -n '2,20p' "$0" >&2
  exit 2
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

jar() {
  local version
  version="$(sed -n 's:.*<s3proxy.version>\(.*\)</s3proxy.version>.*:\1:p' pom.xml)"
  local path="${HOME}/.m2/repository/org/gaul/s3proxy/${version}/s3proxy-${version}-jar-with-dependencies.jar"
  if [ ! -f "$path" ]; then
    ./mvnw -B -q -ntp dependency:get -Dartifact="org.gaul:s3proxy:${version}:jar:jar-with-dependencies" \
      -Dtransitive=false >&2
  fi
  echo "$path"
}

start() {
  local port="${1:-}" folder="${2:-}" bucket="${3:-}"
  [ -n "$port" ] || usage
  [ "$port" = 0 ] && port="$(free_port)"
  [ -n "$folder" ] || folder="$(mktemp -d -t s3proxy-XXXXXX)"
  mkdir -p "$folder"
  folder="$(cd "$folder" && pwd)"
  [ -z "$bucket" ] || mkdir -p "${folder}/${bucket}"
  local properties="${folder}.properties"
  cat >"$properties" <<EOF
s3proxy.endpoint=http://127.0.0.1:${port}
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=${ACCESS_KEY}
s3proxy.credential=${SECRET_KEY}
jclouds.provider=filesystem
jclouds.filesystem.basedir=${folder}
EOF
  local path
  path="$(jar)"
  nohup java -Xmx256m -jar "$path" --properties "$properties" >"${folder}.log" 2>&1 &
  local pid=$!
  echo "$pid" >"${folder}.pid"
  local deadline=$((SECONDS + 60))
  # Any HTTP answer (an anonymous request is refused with 403) means it is serving.
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${port}/" || true)" != "000" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "S3Proxy stopped while starting; its log:" >&2
      tail -20 "${folder}.log" >&2
      exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "S3Proxy did not answer on 127.0.0.1:${port} within 60 s; stopping it (log: ${folder}.log)" >&2
      kill "$pid" 2>/dev/null || true
      exit 1
    fi
    sleep 0.2
  done
  echo "S3PROXY_PID=${pid}"
  echo "S3PROXY_ENDPOINT=http://127.0.0.1:${port}"
  echo "S3PROXY_FOLDER=${folder}"
  echo "JUMELAGE_STORAGE_TYPE=s3"
  echo "JUMELAGE_STORAGE_S3_ENDPOINT=http://127.0.0.1:${port}"
  echo "JUMELAGE_STORAGE_S3_PATH_STYLE=true"
  echo "JUMELAGE_STORAGE_S3_ACCESS_KEY=${ACCESS_KEY}"
  echo "JUMELAGE_STORAGE_S3_SECRET_KEY=${SECRET_KEY}"
  [ -z "$bucket" ] || echo "JUMELAGE_STORAGE_S3_BUCKET=${bucket}"
  echo "S3Proxy ready on http://127.0.0.1:${port} (pid ${pid}, objects in ${folder})" >&2
}

stop() {
  local folder="${1:-}"
  [ -n "$folder" ] || usage
  folder="$(cd "$folder" && pwd)"
  local pid
  pid="$(cat "${folder}.pid")"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  rm -f "${folder}.pid"
  echo "S3Proxy ${pid} stopped" >&2
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  *) usage ;;
esac
