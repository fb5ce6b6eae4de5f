#!/bin/bash
# What a page asks of PostgreSQL per request, for comparing two builds on a loaded machine (issue 20,
# scale20d): latency then means nothing, but statements, rows and buffers do not depend on the load.
# On a data directory bench/scale.sh generated (KEEP=dir; give each build its own copy: a newer
# build migrates it), starts the jar, signs in as planner.mar and, per page, after a warm-up, sends N
# sequential requests with every statement logged (log_min_duration_statement = 0, the server's log
# collector; settings reset at the end); prints per request the statements, transactions, rows
# returned and fetched and shared buffers hit (pg_stat_database), and the statements by kind.
# Statements of the scheduled jobs (every few seconds, not per request) are counted apart.
#   KEEP=dir bench/statements.sh [path...]     # default: the dashboard, the home page, the 500-activity plan
# N (default 20), PORT (default 18085), JAR (default target/entente-*.jar).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/entente-*.jar | head -1)}
PORT=${PORT:-18085}
N=${N:-20}
OPTIONS=(-XX:+UseSerialGC -Xmx256m)
DATA=${KEEP:?KEEP=dir: a data directory that bench/scale.sh generated}
[ -f "$DATA/generated" ] || { echo "no generated data set in $DATA: run KEEP=$DATA bench/scale.sh first"; exit 1; }
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT

source bench/entente-on-data.sh
stop() { kill "$APP" && while kill -0 "$APP" 2>/dev/null; do sleep 0.5; done; }
entente_start "$DATA/statements-app.log"
psql -c "alter system set logging_collector = on" -c "alter system set log_directory = 'log'" \
    -c "alter system set log_filename = 'statements-%Y%m%d-%H%M%S.log'" > /dev/null
stop
entente_start "$DATA/statements-app.log"
trap 'psql -c "alter system reset all" > /dev/null || true; kill $(jobs -p) 2>/dev/null || true' EXIT
sign_in "$DATA/cookies"
BIG=$(psql -c "select plan_id from workplans.activity group by plan_id having count(*) = 500 order by plan_id desc limit 1")
PAGES=("$@")
[ ${#PAGES[@]} -gt 0 ] || PAGES=("/workplans/dashboard?year=2026" "/" "/workplans/$BIG")

stats() { psql -F' ' -c "select xact_commit, tup_returned, tup_fetched, blks_hit from pg_stat_database where datname = 'entente'"; }
logging() { psql -c "alter system set log_min_duration_statement = $1" -c "select pg_reload_conf()" > /dev/null; }
echo "jar: $JAR; $N sequential requests per page"
for path in "${PAGES[@]}"; do
    for i in $(seq 10); do curl -s -o /dev/null -H "$COOKIE" "http://localhost:$PORT$path"; done
    sleep 11 # sessions report their statistics at most every 10 s when idle
    read -r x0 r0 f0 b0 <<< "$(stats)"
    LOG=$(ls -t "$DATA"/postgres/log/statements-*.log | head -1)
    from=$(wc -l < "$LOG")
    logging 0
    sleep 1
    for i in $(seq "$N"); do curl -s -o /dev/null -H "$COOKIE" "http://localhost:$PORT$path"; done
    logging -1
    sleep 11
    read -r x1 r1 f1 b1 <<< "$(stats)"
    echo
    echo "### $path"
    awk -v n="$N" -v x=$((x1 - x0)) -v r=$((r1 - r0)) -v f=$((f1 - f0)) -v b=$((b1 - b0)) \
        'BEGIN { printf "per request: %.1f transactions, %.0f rows returned, %.0f rows fetched, %.0f buffers hit\n", x / n, r / n, f / n, b / n }'
    tail -n +"$((from + 1))" "$LOG" | grep -E 'LOG:  duration: .* (execute [^:]*|statement): ' |
        grep -v 'log_min_duration_statement\|pg_reload_conf' |
        sed -E 's/.*(execute [^:]*|statement): //; s/^(.{0,70}).*/\1/' | sort | uniq -c | sort -rn |
        awk -v n="$N" '{ c = $1; $1 = ""; background = ($0 ~ /scheduled_lock|own_name_generation/) ? " (scheduled job)" : ""
                         printf "%6.1f %s%s\n", c / n, substr($0, 2), background; total += c }
                       END { printf "%6.1f statements per request in all\n", total / n }'
done
psql -c "alter system reset all" > /dev/null
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT
stop
