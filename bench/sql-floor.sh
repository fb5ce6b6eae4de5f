#!/bin/bash
# The SQL floor (issue 20, item 6): for the 500-activity plan and the year dashboard, at 1 user, the
# page time ÷ the server-side SQL time, and the slowest statements' plans (EXPLAIN ANALYZE, BUFFERS).
# SQL time is PostgreSQL's own: pg_stat_database.active_time (time spent executing statements in
# the database) before and after N sequential requests, nothing else touching the server. Plans come
# from auto_explain (loaded for this run only, logged by the server's log collector to
# $DATA/postgres/log/), switched on after the timed phase so that its instrumentation costs nothing
# there. The server's settings are put back (ALTER SYSTEM RESET) at the end.
#   ./mvnw -DskipTests package && KEEP=dir bench/scale.sh   # builds the data set once
#   KEEP=dir bench/sql-floor.sh [JVM options...]
# N (default 50 requests per page), WARM (default 30s of wrk at 1 connection per page first), PORT (default 18083), JAR (default target/entente-*.jar),
# SLOWER (default 5ms: statements logged with their plan from this duration).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/entente-*.jar | head -1)}
PORT=${PORT:-18083}
N=${N:-50}
SLOWER=${SLOWER:-5ms}
OPTIONS=("$@")
[ ${#OPTIONS[@]} -gt 0 ] || OPTIONS=(-XX:+UseSerialGC -Xmx256m)
DATA=${KEEP:?KEEP=dir: a data directory that bench/scale.sh generated}
[ -f "$DATA/generated" ] || { echo "no generated data set in $DATA: run KEEP=$DATA bench/scale.sh first"; exit 1; }

APP=
start() {
    java "${OPTIONS[@]}" -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true \
        > "$DATA/floor-app.log" 2>&1 &
    APP=$!
    until curl -sf "http://localhost:$PORT/actuator/health" | grep -q UP; do sleep 0.5; done
    PG_PORT=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$DATA/floor-app.log" | grep -o '[0-9]*$' | tail -1)
}
stop() { kill "$APP" 2>/dev/null && while kill -0 "$APP" 2>/dev/null; do sleep 0.5; done; APP=; }
psql() { PGPASSWORD=$(cat "$DATA/database.password") command psql -q -h localhost -p "$PG_PORT" -U postgres -d entente -v ON_ERROR_STOP=1 -At "$@"; }
cleanup() {
    if [ -n "$APP" ]; then
        psql -c "alter system reset all" || true
        stop
    fi
}
trap cleanup EXIT

# auto_explain and the log collector need a restart: set them, restart, and reset them at the end.
start
psql -c "alter system set shared_preload_libraries = 'auto_explain'" -c "alter system set logging_collector = on" \
    -c "alter system set log_directory = 'log'" -c "alter system set log_filename = 'floor-%Y%m%d-%H%M%S.log'" \
    -c "alter system set auto_explain.log_min_duration = -1" -c "alter system set auto_explain.log_analyze = on" \
    -c "alter system set auto_explain.log_buffers = on" -c "alter system set auto_explain.log_nested_statements = on"
stop
start

BIG=$(psql -c "select plan_id from workplans.activity group by plan_id having count(*) = 500 order by plan_id desc limit 1")
TOKEN=$(curl -s -c "$DATA/cookies" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -b "$DATA/cookies" -c "$DATA/cookies" -o /dev/null --data-urlencode "username=planner.mar" \
    --data-urlencode "password=Entente-Demo-2026" --data-urlencode "_csrf=$TOKEN" "http://localhost:$PORT/login"
COOKIE="Cookie: ENTENTE_SESSION=$(awk '$6 == "ENTENTE_SESSION" { print $7 }' "$DATA/cookies")"
PAGES=("500-activity plan|/workplans/$BIG" "year dashboard|/workplans/dashboard?year=2026")

active() { psql -c "select active_time from pg_stat_database where datname = 'entente'"; }
echo "jar: $JAR; JVM options: ${OPTIONS[*]}; $N sequential requests per page; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| page | page ms (mean) | SQL ms (mean) | page ÷ SQL |"
echo "|---|---|---|---|"
for page in "${PAGES[@]}"; do
    name=${page%%|*}
    path=${page#*|}
    # Warm-up: wrk for WARM (default 30s), so that the JIT has compiled the page's code: ten requests
    # left it interpreted, and the page's time was mostly the JVM warming up (committee32: the ratio
    # of 27.5 and 59 measured that way).
    wrk -t1 -c1 -d"${WARM:-30s}" -H "$COOKIE" -H 'Accept-Encoding: gzip' "http://localhost:$PORT$path" > /dev/null
    sleep 11 # sessions report their statistics at most every 10 s when idle
    before=$(active)
    total=0
    for i in $(seq "$N"); do
        t=$(curl -s -o /dev/null -w '%{time_total}' -H "$COOKIE" -H 'Accept-Encoding: gzip' "http://localhost:$PORT$path")
        total=$(awk -v a="$total" -v b="$t" 'BEGIN { print a + b }')
    done
    sleep 11
    after=$(active)
    awk -v name="$name" -v total="$total" -v n="$N" -v sql="$(awk -v a="$after" -v b="$before" 'BEGIN { print a - b }')" \
        'BEGIN { page = total * 1000 / n; s = sql / n; printf "| %s | %.1f | %.1f | %.1f |\n", name, page, s, (s > 0 ? page / s : 0) }'
done

# The plans: every statement from SLOWER on, on one request of each page.
psql -c "alter system set auto_explain.log_min_duration = '$SLOWER'" -c "select pg_reload_conf()" > /dev/null
sleep 1
for page in "${PAGES[@]}"; do
    curl -s -o /dev/null -H "$COOKIE" "http://localhost:$PORT${page#*|}"
done
sleep 1
LOG=$(ls -t "$DATA"/postgres/log/floor-*.log | head -1)
echo
echo "Statements of ${SLOWER} or more, slowest first, with their plans (from $LOG):"
perl -0ne 'my @blocks = grep { /LOG:  duration: / } split /\n(?=\S)/;
    print join("\n", sort { ($b =~ /duration: ([\d.]+)/)[0] <=> ($a =~ /duration: ([\d.]+)/)[0] } @blocks), "\n"' "$LOG"
