#!/usr/bin/env bash
# Issue 19, item 5's "search if it exists": search on the million-activity set against the 80,000 set
# (issue 17's), in one sitting. For each set in turn (80k, 1M): starts the jar with
# --entente.reindex=true, samples /actuator/health/readiness every second until the log says the
# rebuild is done (so the table says how long the rebuild took and whether the node was ready to
# serve while it ran), then, signed in as planner.mar, runs wrk at CONNECTIONS (8) on the common and
# rare Arabic words' results pages, the as-you-type fragment and the API, and prints per page: p95,
# requests/s, and the load-insensitive work per request (JVM bytes allocated from jstat with a fixed
# heap, JVM and PostgreSQL CPU ms from /proc, shared buffers from pg_stat_database). Last, the ratio
# 1M ÷ 80k of each. The slowest statements' plans: bench/explain-pages.sh with PATHS (see the end).
#   SMALL=/tmp/copy-of-sdata-after MILLION=/tmp/copy-of-million-data bench/million-search.sh
# Both must be copies that hold "generated" (the jar migrates and reindexes what it is started on).
# JAR (default target/entente-*.jar), PORT (default 18085), DURATION (default 10s), CONNECTIONS (8).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-$(ls target/entente-*.jar | grep -v original | head -1)}
PORT=${PORT:-18085}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-8}
SMALL=${SMALL:?SMALL=a copy of the 80,000 set (/work/sdata-after)}
MILLION=${MILLION:?MILLION=a copy of the million set}
OUT=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; sleep 2; rm -rf "$OUT"' EXIT
source bench/entente-on-data.sh

q() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
PAGES=(
    "common word (رقم), page|/search?q=$(q 'رقم')"
    "less common word (مؤتمر), page|/search?q=$(q 'مؤتمر')"
    "rare word (تكوين), page|/search?q=$(q 'تكوين')"
    "as you type (مؤت), fragment|/search/suggestions?q=$(q 'مؤت')"
    "common word, API|/api/v1/search?q=$(q 'رقم')&size=20"
)
alloc() { jstat -gc "$APP" | awk 'NR==1{for(i=1;i<=NF;i++)h[$i]=i} NR==2{printf "%.0f", $h["YGC"]*$h["EC"]+$h["EU"]}'; }
pgcpu() {
    local main
    main=$(pgrep -f "$DATA/postgres" | head -1)
    { cat "/proc/$main/stat"; for c in $(pgrep -P "$main"); do cat "/proc/$c/stat" 2>/dev/null; done; } | awk '{s+=$14+$15} END{print s}'
}
blocks() { psql -c "select blks_hit + blks_read from pg_stat_database where datname = 'entente'"; }

measure() { # name data-directory
    local name=$1 started ready="" line
    DATA=$2
    OPTIONS=(-XX:+UseSerialGC -Xms256m -Xmx256m -Dentente.reindex=true)
    started=$(date +%s)
    java "${OPTIONS[@]}" -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true \
        > "$DATA/search-bench.log" 2>&1 &
    APP=$!
    # Until the rebuild's line: one readiness sample a second (UP, or what the node answered).
    : > "$OUT/$name.ready"
    until grep -aq 'Search index rebuilt' "$DATA/search-bench.log"; do
        kill -0 "$APP" || { echo "!! the jar stopped: $DATA/search-bench.log"; exit 1; }
        curl -s -m 2 "http://localhost:$PORT/actuator/health/readiness" | grep -o '"status":"[A-Z_]*"' \
            | sed 's/.*:"//;s/"//' >> "$OUT/$name.ready" || echo "not listening" >> "$OUT/$name.ready"
        sleep 1
    done
    line=$(grep -ao 'Search index rebuilt: .*' "$DATA/search-bench.log" | tail -1)
    until curl -sf "http://localhost:$PORT/actuator/health" | grep -q UP; do sleep 0.5; done
    PG_PORT=$(grep -ao 'Embedded PostgreSQL started on port [0-9]*' "$DATA/search-bench.log" | grep -o '[0-9]*$' | tail -1)
    echo "== $name: $(psql -c 'select count(*) from workplans.activity') activities; $line"
    echo "   ($(( $(date +%s) - started )) s from launch; readiness sampled each second during it:" \
        "$(sort "$OUT/$name.ready" | uniq -c | awk '{ c = $1; $1 = ""; printf "%s%s ×%d", (n++ ? ", " : ""), substr($0, 2), c }'))"
    sign_in "$OUT/cookies"
    for page in "${PAGES[@]}"; do
        local path=${page#*|}
        [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$COOKIE" "http://localhost:$PORT$path")" = 200 ] \
            || echo "!! $path did not answer 200"
        wrk -t1 -c2 -d3s -H "$COOKIE" "http://localhost:$PORT$path" > /dev/null # warm-up
    done
    echo "   load average $(cut -d' ' -f1-3 /proc/loadavg)"
    : > "$OUT/$name.rows"
    for page in "${PAGES[@]}"; do
        local title=${page%%|*} path=${page#*|} a0 a1 b0 b1 c0 c1 g0 g1 result
        a0=$(alloc); b0=$(blocks); c0=$(awk '{print $14+$15}' "/proc/$APP/stat"); g0=$(pgcpu)
        result=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -H "$COOKIE" -s bench/percentiles.lua "http://localhost:$PORT$path")
        a1=$(alloc); b1=$(blocks); c1=$(awk '{print $14+$15}' "/proc/$APP/stat"); g1=$(pgcpu)
        echo "$result" | awk -v t="$title" -v a=$((a1 - a0)) -v b=$((b1 - b0)) -v c=$((c1 - c0)) -v g=$((g1 - g0)) '
            /requests in/ { n = $1 }
            /median/ { gsub(",", ""); p95 = $5; rps = $12; errors = $14 }
            END { printf "%s|%s|%s|%s|%.0f|%.1f|%.1f|%.0f\n", t, p95, rps, errors, a / n / 1024, c * 10 / n, g * 10 / n, b / n }' \
            >> "$OUT/$name.rows"
    done
    echo "| page ($CONNECTIONS connections) | p95 ms | req/s | errors | kB allocated/req | JVM CPU ms/req | PG CPU ms/req | buffers/req |"
    echo "|---|---|---|---|---|---|---|---|"
    awk -F'|' '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8 }' "$OUT/$name.rows"
    echo "   load average $(cut -d' ' -f1-3 /proc/loadavg)"
    kill "$APP"
    wait "$APP" 2>/dev/null || true
    echo
}

echo "jar: $JAR; $(nproc) cores"
measure 80k "$SMALL"
measure 1M "$MILLION"
echo "| page | 80k p95 ms | 1M p95 ms | ratio | kB/req 80k → 1M | JVM CPU ms/req 80k → 1M | PG CPU ms/req 80k → 1M | buffers/req 80k → 1M |"
echo "|---|---|---|---|---|---|---|---|"
join -t'|' <(sort "$OUT/80k.rows") <(sort "$OUT/1M.rows") | awk -F'|' '{
    ratio = ($2 + 0 > 0) ? $9 / $2 : 0
    printf "| %s | %s | %s | %.1f%s | %s → %s | %s → %s | %s → %s | %s → %s |\n", $1, $2, $9, ratio,
        (ratio > 2 ? " **over 2**" : ""), $5, $12, $6, $13, $7, $14, $8, $15 }'
echo
echo "The slowest search statements' plans (EXPLAIN ANALYZE, BUFFERS), on the 1M set:"
echo "  KEEP=$MILLION PATHS=\"${PAGES[@]#*|}\" bench/explain-pages.sh"
