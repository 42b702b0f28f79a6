#!/usr/bin/env bash
# Makes Jumelage start faster: extracts the jar into DIR (Spring Boot's own `-Djarmode=tools extract`,
# so the classes are read from plain jars) and records the classes a start loads in a cache next to
# it, made by one training start of the application that exits once its context is ready
# (`-Dspring.context.exit=onRefresh`, on a throw-away data folder, no port kept open):
#   Java 24 or later: an ahead-of-time cache (JEP 483/514: classes loaded and linked, method profiles),
#                     DIR/jumelage.aot, used with -XX:AOTCache=DIR/jumelage.aot;
#   Java 17 to 23:    an application class-data-sharing archive, DIR/jumelage.jsa, used with
#                     -XX:SharedArchiveFile=DIR/jumelage.jsa.
# The cache belongs to this jar and this JVM: make it again after every new jar or Java update (a
# JVM that finds it does not match says so and starts without it).
# Prints the command that starts the application with it and the README's recommended options.
# Usage: scripts/class-cache.sh [JAR] [DIR]   (default: the jar in target/, DIR target/application)
#        JAVA=/path/to/bin/java scripts/class-cache.sh …   to make it for another JVM.
set -euo pipefail

JAR="${1:-$(ls target/jumelage-*.jar 2>/dev/null | grep -v original | head -1)}"
DIR="${2:-target/application}"
JAVA="${JAVA:-java}"
# Keep in step with README.md ("Memory"): the cache is made with the options it is used with.
JAVA_RECOMMENDED="${JAVA_RECOMMENDED:--Xmx256m -XX:+UseSerialGC}"

if [ -z "$JAR" ] || [ ! -f "$JAR" ]; then
  echo "No jar: build one with ./mvnw -DskipTests package, or name it: $0 JAR [DIR]" >&2
  exit 1
fi

rm -rf "$DIR"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR" >/dev/null
EXTRACTED="${DIR}/$(basename "$JAR")"

FEATURE=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -nE 's/^ *java\.specification\.version = ([0-9]+).*/\1/p')
if [ "${FEATURE:-0}" -ge 24 ]; then
  CACHE="${DIR}/jumelage.aot"
  RECORD=(-XX:AOTCacheOutput="$CACHE" -Xlog:aot=off -Xlog:cds=off)
  USE="-XX:AOTCache=${CACHE}"
else
  CACHE="${DIR}/jumelage.jsa"
  RECORD=(-XX:ArchiveClassesAtExit="$CACHE" -Xlog:cds=off)
  USE="-XX:SharedArchiveFile=${CACHE}"
fi

TRAINING="$(mktemp -d)"
trap 'rm -rf "$TRAINING"' EXIT
echo "Training start of ${EXTRACTED} with Java ${FEATURE} (the demo data, on a throw-away data folder)..."
if ! env JUMELAGE_DEMO=true JUMELAGE_DATA_DIR="${TRAINING}/data" PORT=0 \
    "$JAVA" "${RECORD[@]}" $JAVA_RECOMMENDED -Dspring.context.exit=onRefresh \
    -jar "$EXTRACTED" --server.address=127.0.0.1 >"${TRAINING}/training.log" 2>&1; then
  tail -20 "${TRAINING}/training.log" >&2
  exit 1
fi
if [ ! -s "$CACHE" ]; then
  echo "The JVM made no cache; its log:" >&2
  tail -20 "${TRAINING}/training.log" >&2
  exit 1
fi
echo "Made ${CACHE} ($(du -h "$CACHE" | cut -f1)). Start with:"
echo "  ${JAVA} ${USE} ${JAVA_RECOMMENDED} -jar ${EXTRACTED}"
