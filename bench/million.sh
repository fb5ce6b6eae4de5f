#!/usr/bin/env bash
# A million activities (issue 19, item 5): loads --entente.generate=100x20x500 (100 committees,
# 20 years, 500 activities a plan: 2,000 plans, 1,000,000 activities with their sessions,
# objectives, indicators, history events and labels) into a fresh embedded database, after the demo,
# and reports the generator's own time, the whole command's, the rows and the database's size.
# The issue's bound: at most 15 minutes on the project's machine.
#   ./mvnw -DskipTests package && bench/million.sh
#   SIZE=4x7x179 bench/million.sh          a small set, to extrapolate from (5,012 activities)
#   KEEP=/tmp/million bench/million.sh     keeps the data directory (for bench/scale.sh KEEP=…)
# Needs psql (postgresql-client). PORT (default 18083), JAR (default target/entente-*.jar).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/entente-*.jar | grep -v original | head -1)}
PORT=${PORT:-18083}
SIZE=${SIZE:-100x20x500}
DATA=${KEEP:-$(mktemp -d)}
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
if [ -n "${KEEP:-}" ]; then touch "$DATA/generated"; fi
