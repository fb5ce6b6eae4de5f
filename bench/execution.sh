#!/bin/bash
# The to-do list and the activities API on the generated set (issue 15's figures): p95 of
# GET /api/v1/me/todo and of the home page (which shows the to-do panel) at 8 connections, and of
# GET /api/v1/activities?status=SCHEDULED&overdue=true&size=100, as admin.mar (SECRET: reads every
# row, the most work) and as planner.isr (a partner: the access filter cuts the most).
#   ./mvnw -DskipTests package && bench/execution.sh [SIZE]     # SIZE default 40x10x200 (80,000 activities)
# Needs curl and wrk. DURATION (default 20s), CONNECTIONS (default 8), PORT (default 18081).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=$(ls target/entente-*.jar | head -1)
SIZE=${1:-40x10x200}
PORT=${PORT:-18081}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-8}
DATA=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; sleep 2; rm -rf "$DATA"' EXIT
OPTIONS=(-XX:+UseSerialGC -Xmx512m)

echo "generating $SIZE (demo first)…"
java "${OPTIONS[@]}" -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true \
    --entente.generate="$SIZE" > "$DATA/generate.log" 2>&1
grep -i 'generated\|wrote' "$DATA/generate.log" | tail -2 || true

java "${OPTIONS[@]}" -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true \
    > "$DATA/app.log" 2>&1 &
until curl -sf "http://localhost:$PORT/actuator/health" | grep -q UP; do sleep 0.5; done

session() {
    local cookies="$DATA/cookies-$1" token
    token=$(curl -s -c "$cookies" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
    curl -s -b "$cookies" -c "$cookies" -o /dev/null --data-urlencode "username=$1" \
        --data-urlencode "password=Entente-Demo-2026" --data-urlencode "_csrf=$token" "http://localhost:$PORT/login"
    awk '$6 == "ENTENTE_SESSION" { print $7 }' "$cookies"
}

measure() { # user path
    local cookie="Cookie: ENTENTE_SESSION=$(session "$1")"
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "http://localhost:$PORT$2")
    [ "$status" = 200 ] || { echo "$1 $2 answered $status"; exit 1; }
    wrk -t2 -c"$CONNECTIONS" -d5s -H "$cookie" "http://localhost:$PORT$2" > /dev/null
    echo "== $1 GET $2 (wrk -t2 -c$CONNECTIONS -d$DURATION)"
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -H "$cookie" -s bench/percentiles.lua "http://localhost:$PORT$2"
}

for user in admin.mar planner.isr; do
    measure "$user" "/api/v1/me/todo"
    measure "$user" "/"
    measure "$user" "/api/v1/activities?status=SCHEDULED&overdue=true&size=100"
done
