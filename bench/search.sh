#!/bin/bash
# Search on the generated data set (issue 17): builds it — the demo, then --entente.generate (default
# 64x7x179, about 80,000 activities) —, starts Entente with --entente.reindex=true and reads the full
# rebuild's time from its log, reports the index's size, signs in as planner.mar and runs wrk at 8
# connections against: a common Arabic word (رقم, in every generated activity's Arabic title), a
# less common one (مؤتمر, one activity type in twelve), a rare word (the demo's تكوين), an
# as-you-type fragment (/search/suggestions?q=مؤت) and the API. Median, p95, p99, requests/s, errors.
# The machine is shared: compare only figures taken in the same sitting, on a quiet machine.
#   ./mvnw -DskipTests package && bench/search.sh [JVM options...]
# Needs curl, wrk and psql (postgresql-client). GENERATE (default 64x7x179), DURATION (default 10s),
# CONNECTIONS (default 8), PORT (default 18083), JAR (default target/entente-*.jar), KEEP=dir (reuse /
# keep a generated data directory).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/entente-*.jar | head -1)}
PORT=${PORT:-18083}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-8}
GENERATE=${GENERATE:-64x7x179}
OPTIONS=("$@")
[ ${#OPTIONS[@]} -gt 0 ] || OPTIONS=(-XX:+UseSerialGC -Xmx256m)
DATA=${KEEP:-$(mktemp -d)}
mkdir -p "$DATA"
trap 'kill $(jobs -p) 2>/dev/null || true; sleep 2; [ -n "${KEEP:-}" ] || rm -rf "$DATA"' EXIT

echo "jar: $JAR; JVM options: ${OPTIONS[*]}; $(nproc) cores; data set $GENERATE"
if [ ! -f "$DATA/generated" ]; then
    java -XX:+UseSerialGC -Xmx512m -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true \
        --entente.generate="$GENERATE" --entente.generate-last-year=2027 > "$DATA/generate.log" 2>&1
    grep -o 'Generated [0-9]* committees, .* ms' "$DATA/generate.log" || true
    touch "$DATA/generated"
fi

# The generator writes with SQL, past the audit trail: the index learns of it by a full rebuild.
java "${OPTIONS[@]}" -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true \
    --entente.reindex=true > "$DATA/app.log" 2>&1 &
APP=$!
until curl -sf "http://localhost:$PORT/actuator/health" | grep -q UP; do sleep 0.5; done
# The rebuild runs beside the node's work (million33): measure once it is over.
until grep -aq 'Search index rebuilt: ' "$DATA/app.log"; do kill -0 $APP; sleep 1; done
grep -ao 'Search index rebuilt: .*' "$DATA/app.log" | tail -1
PG_PORT=$(grep -ao 'Embedded PostgreSQL started on port [0-9]*' "$DATA/app.log" | grep -o '[0-9]*$' | tail -1)
psql() { PGPASSWORD=$(cat "$DATA/database.password") command psql -q -h localhost -p "$PG_PORT" -U postgres -d entente -v ON_ERROR_STOP=1 -At "$@"; }
echo "activities: $(psql -c 'select count(*) from workplans.activity'); index entries: $(psql -c 'select count(*) from search.entry')"
echo "index size: $(psql -c "select pg_size_pretty(pg_total_relation_size('search.entry'))") (table, TOAST and indexes; GIN alone $(psql -c "select pg_size_pretty(pg_relation_size('search.entry_document'))"))"
echo "entries matching رقم: $(psql -c "select count(*) from search.entry where document @@ to_tsquery('simple', '''رقم''')")"
# search17d: under row-level security an index serves a condition only if it is leakproof (docs/search.md)
echo "text match leakproof (its index usable under row-level security): $(psql -c "select proleakproof from pg_proc where oid = 'ts_match_vq(tsvector, tsquery)'::regprocedure")"
echo "a rare word as entente_app (MAR, clearance 2): $(psql -c 'begin' -c 'set local role entente_app' \
    -c "select set_config('entente.nation', 'MAR', true), set_config('entente.clearance', '2', true)" \
    -c "explain (analyze, buffers, costs off, timing off) select count(*) from search.entry where document @@ to_tsquery('simple', '''تكو''')" \
    -c 'rollback' | grep -E 'Scan on|Buffers' | head -2 | tr -s ' ' | tr '\n' ';')"

TOKEN=$(curl -s -c "$DATA/cookies" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -b "$DATA/cookies" -c "$DATA/cookies" -o /dev/null --data-urlencode "username=planner.mar" \
    --data-urlencode "password=Entente-Demo-2026" --data-urlencode "_csrf=$TOKEN" "http://localhost:$PORT/login"
COOKIE="Cookie: ENTENTE_SESSION=$(awk '$6 == "ENTENTE_SESSION" { print $7 }' "$DATA/cookies")"

q() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
PAGES=(
    "common Arabic word, results page|/search?q=$(q 'رقم')"
    "less common word (1 type in 12), page|/search?q=$(q 'مؤتمر')"
    "rare word, results page|/search?q=$(q 'تكوين')"
    "a code|/search?q=G001-2026-001"
    "as you type, fragment|/search/suggestions?q=$(q 'مؤت')"
    "common word, API|/api/v1/search?q=$(q 'رقم')&size=20"
)
for page in "${PAGES[@]}"; do
    path=${page#*|}
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "$COOKIE" "http://localhost:$PORT$path")
    [ "$status" = 200 ] || echo "!! $path answered $status"
    wrk -t1 -c2 -d3s -H "$COOKIE" "http://localhost:$PORT$path" > /dev/null # warm-up
done

echo
echo "== $CONNECTIONS connections, wrk -d$DURATION; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| query | p50 ms | p95 ms | p99 ms | req/s | errors |"
echo "|---|---|---|---|---|---|"
for page in "${PAGES[@]}"; do
    name=${page%%|*}
    path=${page#*|}
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -H "$COOKIE" -s bench/percentiles.lua "http://localhost:$PORT$path" \
        | grep median | awk -v name="$name" '{ gsub(",", ""); printf "| %s | %s | %s | %s | %s | %s |\n", name, $2, $5, $8, $12, $14 }'
done
echo
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
