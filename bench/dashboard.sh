#!/bin/bash
# The year dashboard and the 500-activity plan at 8 users (issue 20's bars: p95 <= 150 ms and
# <= 100 ms), and what each view costs: on a data directory bench/scale.sh generated (KEEP=dir; give
# each build its own copy: a newer build migrates it), starts the jar with the recommended options,
# signs in as planner.mar and runs wrk on each page ROUNDS times; per round it prints requests/s,
# median and p95, the CPU time per request of the JVM and of its PostgreSQL (the postmaster and its
# backends), the full garbage collections, and the bytes of one answer plain and gzipped. CPU per
# request depends much less on the machine's load than the times do: compare builds by it.
# With SAVE=dir it first saves the dashboard's HTML for 2025, 2026 and 2027 as planner.mar, viewer.mar,
# liaison.isr and planner.fra (the CSRF tokens blanked), so that two builds' pages can be compared
# with diff -r (or, when only the templates' white space changed, with all white space removed: tr -d ' \n').
#   KEEP=dir bench/dashboard.sh [JVM options...]
# ROUNDS (default 2), DURATION (default 15s), CONNECTIONS (default 8), PORT (default 18088),
# JAR (default target/entente-*.jar), PAGES (default "dashboard plan"), SAVE (default: none).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/entente-*.jar | head -1)}
PORT=${PORT:-18088}
ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-8}
OPTIONS=("$@")
[ ${#OPTIONS[@]} -gt 0 ] || OPTIONS=(-XX:+UseSerialGC -Xmx256m)
DATA=${KEEP:?KEEP=dir: a data directory that bench/scale.sh generated}
[ -f "$DATA/generated" ] || { echo "no generated data set in $DATA: run KEEP=$DATA bench/scale.sh first"; exit 1; }
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT

source bench/entente-on-data.sh
entente_start "$DATA/dashboard-app.log"
BIG=$(psql -c "select plan_id from workplans.activity group by plan_id having count(*) = 500 order by plan_id desc limit 1")

if [ -n "${SAVE:-}" ]; then
    mkdir -p "$SAVE"
    for user in planner.mar viewer.mar liaison.isr planner.fra; do
        sign_in "$SAVE/jar" "$user"
        for year in 2025 2026 2027; do
            curl -s -b "$SAVE/jar" "http://localhost:$PORT/workplans/dashboard?year=$year" \
                | sed -E 's/(name="_csrf" value=|name="csrf-token" content=)"[^"]*"/\1""/g; s/(X-CSRF-TOKEN&#34;:&#34;)[^&]*/\1/g' \
                > "$SAVE/$user-$year.html"
        done
    done
    rm -f "$SAVE/jar"
    echo "saved $(ls "$SAVE" | wc -l) pages in $SAVE"
fi

sign_in "$DATA/dashboard-cookies"
# CPU ticks (user + system) of the postmaster and its children (the backends and workers).
pg_ticks() {
    local root
    root=$(head -1 "$DATA/postgres/postmaster.pid")
    for pid in $root $(pgrep -P "$root"); do awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || true; done \
        | awk '{ s += $1 } END { print s + 0 }'
}
jvm_ticks() { awk '{ print $14 + $15 }' "/proc/$APP/stat"; }
fgc() { jstat -gcutil "$APP" | awk 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "FGC") c = i } NR == 2 { print $c }'; }
HZ=$(getconf CLK_TCK)

echo "jar: $JAR; JVM options: ${OPTIONS[*]}; $CONNECTIONS connections, wrk -d$DURATION"
echo "| page | round | req/s | median ms | p95 ms | JVM CPU ms/request | PostgreSQL CPU ms/request | full GCs | bytes plain / gzip | load average |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for page in ${PAGES:-dashboard plan}; do
    case $page in
        dashboard) URL="http://localhost:$PORT/workplans/dashboard?year=2026" ;;
        plan) URL="http://localhost:$PORT/workplans/$BIG" ;;
        *) URL="http://localhost:$PORT$page" ;;
    esac
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "$COOKIE" "$URL")
    [ "$status" = 200 ] || { echo "!! $URL answered $status"; exit 1; }
    plain=$(curl -s -H "$COOKIE" "$URL" | wc -c)
    gzip=$(curl -s -H "$COOKIE" -H "Accept-Encoding: gzip" "$URL" | wc -c)
    wrk -t2 -c"$CONNECTIONS" -d5s -H "$COOKIE" "$URL" > /dev/null # warm-up
    for round in $(seq "$ROUNDS"); do
        j0=$(jvm_ticks); p0=$(pg_ticks); g0=$(fgc)
        line=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -H "$COOKIE" -H "Accept-Encoding: gzip" \
            -s bench/percentiles.lua "$URL" | grep median)
        j1=$(jvm_ticks); p1=$(pg_ticks); g1=$(fgc)
        echo "$line" | awk -v page="$page" -v r="$round" -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v hz="$HZ" \
            -v g=$((g1 - g0)) -v bytes="$plain / $gzip" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" '{ gsub(",", ""); n = $10
            printf "| %s | %d | %s | %s | %s | %.2f | %.2f | %d | %s | %s |\n", page, r, $12, $2, $5,
                (n > 0 ? j * 1000 / hz / n : 0), (n > 0 ? p * 1000 / hz / n : 0), g, bytes, load }'
    done
done
