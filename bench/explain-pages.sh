#!/usr/bin/env bash
# The slowest statements behind the main pages, with their plans: starts the jar on a kept data
# directory (KEEP=dir, e.g. from bench/million.sh or bench/scale.sh), turns auto_explain on for the
# application's connections (ANALYZE, BUFFERS; statements over EXPLAIN_MS, default 20 ms), opens each
# page once as planner.mar (and /search), prints the PLANS (default 5) slowest plans, and turns
# auto_explain off again. The plans are read from PostgreSQL's log, collected into $KEEP/pglog.
# PATHS (space-separated) opens those pages instead.
#   KEEP=/tmp/million bench/explain-pages.sh
# Needs curl, psql (postgresql-client), python3. PORT (default 18084), JAR (default target/entente-*.jar).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/entente-*.jar | grep -v original | head -1)}
PORT=${PORT:-18084}
DATA=${KEEP:?KEEP=data directory}
OPTIONS=(-XX:+UseSerialGC -Xmx256m)
trap 'kill $(jobs -p) 2>/dev/null || true; sleep 2' EXIT
source bench/entente-on-data.sh
entente_start "$DATA/explain.log"

# The embedded PostgreSQL's own log is not kept once it has started: a log collector of its own,
# into $DATA/pglog, which needs a restart, so Entente is started twice.
psql -c "alter system set logging_collector = on" -c "alter system set log_directory = '$DATA/pglog'" \
     -c "alter system set session_preload_libraries = 'auto_explain'" \
     -c "alter system set auto_explain.log_min_duration = '${EXPLAIN_MS:-20}ms'" \
     -c "alter system set auto_explain.log_analyze = on" -c "alter system set auto_explain.log_buffers = on" > /dev/null
kill "$APP" && wait "$APP" 2>/dev/null || true
rm -rf "$DATA/pglog"
entente_start "$DATA/explain.log"
curl -s -o /dev/null "http://localhost:$PORT/login" || true # the first request after may meet a dead connection
sign_in "$DATA/cookies"
COMMITTEE=$(psql -c "select min(id) from committees.committee where code like 'G001-%'")
PLAN=$(psql -c "select id from workplans.plan where committee_id = $COMMITTEE order by year desc limit 1")
BIG=$(psql -c "select plan_id from workplans.activity group by plan_id having count(*) = 500 order by plan_id desc limit 1")
echo "== one pass over the pages with auto_explain on (load average $(cut -d' ' -f1-3 /proc/loadavg))"
PAGES=(/ "/committees/$COMMITTEE" "/workplans/$PLAN?quarter=2" "/workplans/$BIG" "/workplans/dashboard?year=2026"
    "/api/v1/activities?status=SCHEDULED&overdue=true&size=100" "/search?q=exercise")
[ -z "${PATHS:-}" ] || read -ra PAGES <<< "$PATHS"
for path in "${PAGES[@]}"; do
    echo "$path: $(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' -H "$COOKIE" "http://localhost:$PORT$path")"
done
sleep 1
psql -c "alter system reset logging_collector" -c "alter system reset log_directory" \
     -c "alter system reset session_preload_libraries" -c "alter system reset auto_explain.log_min_duration" \
     -c "alter system reset auto_explain.log_analyze" -c "alter system reset auto_explain.log_buffers" \
     -c "select pg_reload_conf()" > /dev/null

echo "== the ${PLANS:-5} slowest statements (EXPLAIN ANALYZE, BUFFERS, by auto_explain)"
cat "$DATA"/pglog/*.log | PLANS=${PLANS:-5} python3 -c '
import os, re, sys
plans, block = [], None
for line in sys.stdin:
    line = line.rstrip("\n")
    found = re.search(r"LOG:  duration: ([0-9.]+) ms  plan:", line)
    if found:
        block = [float(found.group(1)), [line]]
        plans.append(block)
    elif re.search(r" UTC \[\d+\] ", line):
        block = None
    elif block is not None:
        block[1].append(line)
for duration, lines in sorted(plans, key=lambda p: -p[0])[: int(os.environ["PLANS"])]:
    print("\n".join(lines))
    print()
print("%d statements over the threshold in all" % len(plans))
'
