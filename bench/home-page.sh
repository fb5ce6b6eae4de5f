#!/usr/bin/env bash
# Measures, on this machine, against the packaged jar:
#   1. cold start to ready: a fresh data directory (initdb, migrations, demo loaded) until
#      /actuator/health answers UP;
#   2. the same on an existing data directory (a restart);
#   3. resident memory (RSS) after start;
#   4. the signed-in home page under wrk on loopback: median and p95 latency, requests/s, and the
#      CPU time the JVM spent per request (user + system, all its threads: on a shared machine
#      requests/s follow the other builds, CPU per request much less).
#
# QUICK=1 skips 1-2 (one start on a fresh directory) and JAR=... measures another build;
# TARGET=/notifications/bell measures another signed-in path than the home page (bench/notifications.sh).
#
# Usage: bench/home-page.sh [JVM options...]    (build first: ./mvnw -DskipTests package)
# Needs: curl, wrk, bc (apt-get install wrk bc).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/entente-*.jar | head -1)}
PORT=${PORT:-18080}
DATA=$(mktemp -d)
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-8}
JVM_OPTIONS=("$@")
trap 'kill $(jobs -p) 2>/dev/null || true; sleep 2; rm -rf "$DATA"' EXIT

start() {
    local started
    started=$(date +%s.%N)
    java "${JVM_OPTIONS[@]}" -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true \
        > "$DATA/app.log" 2>&1 &
    APP=$!
    until curl -sf "http://localhost:$PORT/actuator/health" | grep -q UP; do sleep 0.1; done
    ELAPSED=$(echo "$(date +%s.%N) - $started" | bc)
}

stop() {
    kill "$APP"
    wait "$APP" 2>/dev/null || true
}

echo "jar: $JAR"
echo "JVM options: ${JVM_OPTIONS[*]:-(none)}"
start
echo "cold start to ready (fresh data directory, demo loaded): $ELAPSED s"
if [ "${QUICK:-0}" != 1 ]; then
    stop
    start
    echo "restart to ready (existing data directory):             $ELAPSED s"
fi
sleep 2
echo "resident memory after start:                            $(( $(ps -o rss= -p "$APP") / 1024 )) MiB"

# Sign in as planner.mar, as a browser does: CSRF token from the form, then the session cookie.
JAR_COOKIES="$DATA/cookies"
TOKEN=$(curl -s -c "$JAR_COOKIES" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null \
    --data-urlencode "username=planner.mar" --data-urlencode "password=Entente-Demo-2026" --data-urlencode "_csrf=$TOKEN" \
    "http://localhost:$PORT/login"
SESSION=$(awk '$6 == "ENTENTE_SESSION" { print $7 }' "$JAR_COOKIES")
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: ENTENTE_SESSION=$SESSION" "http://localhost:$PORT/")
[ "$STATUS" = 200 ] || { echo "sign-in failed (home answered $STATUS)"; exit 1; }

# Warm up the JIT, then measure.
wrk -t2 -c"$CONNECTIONS" -d10s -H "Cookie: ENTENTE_SESSION=$SESSION" "http://localhost:$PORT${TARGET:-/}" > /dev/null
echo "signed-in ${TARGET:-home page}, wrk -t2 -c$CONNECTIONS -d$DURATION:"
cpu() { awk '{ print $14 + $15 }' "/proc/$APP/stat"; }
CPU_BEFORE=$(cpu)
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -H "Cookie: ENTENTE_SESSION=$SESSION" -s bench/percentiles.lua "http://localhost:$PORT${TARGET:-/}" \
    | tee "$DATA/wrk.txt"
CPU_TICKS=$(( $(cpu) - CPU_BEFORE ))
REQUESTS=$(awk '/requests in/ { print $1 }' "$DATA/wrk.txt")
echo "CPU per request (JVM user + system, all threads):       $(echo "scale=2; $CPU_TICKS * 1000 / $(getconf CLK_TCK) / $REQUESTS" | bc) ms"
echo "resident memory after the run:                          $(( $(ps -o rss= -p "$APP") / 1024 )) MiB"
