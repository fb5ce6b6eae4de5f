#!/usr/bin/env bash
# A million activities (issue 19, item 5): loads --entente.generate=100x20x500 (100 committees,
# 20 years, 500 activities a plan: 2,000 plans, 1,000,000 activities with their sessions,
# objectives, indicators, history events and labels) into a fresh embedded database, after the demo,
# and reports the generator's own time, the whole command's, the rows and the database's size.
# The issue's bound: at most 15 minutes on the project's machine.
#   ./mvnw -DskipTests package && bench/million.sh
#   SIZE=4x7x179 bench/million.sh          a small set, to extrapolate from (5,012 activities)
#   KEEP=/tmp/million bench/million.sh     keeps the data directory (for bench/scale.sh KEEP=…)
#   PAGES=0 bench/million.sh               generation only (default PAGES=1: then the page figures
#                                          and the plans, below)
# With PAGES=1 it then runs bench/scale.sh on the same directory (its pages at 1 and 8 connections:
# home, committee, plan filtered, the 500-activity plan, dashboard, activities API, one activity,
# to-do), and last bench/explain-pages.sh (each page once with auto_explain on: the slowest
# statements' EXPLAIN ANALYZE, BUFFERS). On a loaded machine the
# figures are upper bounds: compare with bench/scale.sh's 80,000 set taken in the same sitting.
# Needs psql (postgresql-client). PORT (default 18083), JAR (default target/entente-*.jar).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/entente-*.jar | grep -v original | head -1)}
PORT=${PORT:-18083}
SIZE=${SIZE:-100x20x500}
DATA=${KEEP:-$(mktemp -d)}
mkdir -p "$DATA"
trap 'kill $(jobs -p) 2>/dev/null || true; sleep 2; [ -n "${KEEP:-}" ] || rm -rf "$DATA"' EXIT

echo "jar: $JAR; size $SIZE; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
started=$(date +%s%3N)
java -XX:+UseSerialGC -Xmx512m -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true \
    --entente.generate="$SIZE" > "$DATA/generate.log" 2>&1
ended=$(date +%s%3N)
grep -o 'Generated [0-9]* committees.*' "$DATA/generate.log" | tail -1
echo "whole command (start, migrations, demo, generation, stop): $(( (ended - started) / 1000 )) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# The database, briefly, for its row counts and size (as the superuser: row-level security does not hide rows).
java -XX:+UseSerialGC -Xmx256m -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" > "$DATA/count.log" 2>&1 &
until curl -sf "http://localhost:$PORT/actuator/health" | grep -q UP; do sleep 0.5; done
PG_PORT=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$DATA/count.log" | grep -o '[0-9]*$' | tail -1)
PGPASSWORD=$(cat "$DATA/database.password") psql -q -h localhost -p "$PG_PORT" -U postgres -d entente -At -F ' ' -c "
    select 'activities', count(*)::text from workplans.activity
    union all select 'activity events', count(*)::text from workplans.activity_event
    union all select 'plans', count(*)::text from workplans.plan
    union all select 'sessions', count(*)::text from committees.session
    union all select 'database size', pg_size_pretty(pg_database_size('entente'))"
touch "$DATA/generated"
[ "${PAGES:-1}" = 1 ] || exit 0

COUNTER=$(jobs -p)
kill $COUNTER && wait $COUNTER 2>/dev/null || true

# The page figures: scale.sh on this directory (it finds "generated" and does not generate again).
KEEP="$DATA" PORT="$PORT" JAR="$JAR" bench/scale.sh

# The slowest statements behind the pages, with their plans.
KEEP="$DATA" PORT="$PORT" JAR="$JAR" bench/explain-pages.sh
