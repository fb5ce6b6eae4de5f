#!/bin/bash
# The benchmark of record at a ministry's scale (issue 20): builds the issue's data set — the demo,
# --entente.generate=40x7x179 --entente.generate-last-year=2027 (50,120 activities), then one
# committee of 1x2x500 — times the generator, restarts on it with the recommended options
# (-XX:+UseSerialGC -Xmx256m unless JVM options are given), signs in as planner.mar and runs wrk at
# 1 and 8 connections against each page: median, p95, p99, requests/s, errors, the full garbage
# collections during the run (jstat -gcutil's FGC before and after), the bytes of one answer plain
# and gzipped, and the JVM's resident memory at the end. The load average is printed with each
# table: the machine is shared, so compare only figures taken in the same sitting.
#   ./mvnw -DskipTests package && bench/scale.sh [JVM options...]
# Needs curl, wrk, psql (postgresql-client) and jstat (JDK). DURATION (default 10s), PORT (default
# 18082), JAR (default target/entente-*.jar), KEEP=dir (reuse / keep a generated data directory),
# CONNECTIONS (default "1 8": the connection counts to run, e.g. CONNECTIONS=8 for the issue's bar only).
# On another generated set (KEEP=a copy of bench/search.sh's 80,192-activity set, issue 15's bars)
# it first adds the 1x2x500 committee when the set's generate.log shows none.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/entente-*.jar | head -1)}
PORT=${PORT:-18082}
DURATION=${DURATION:-10s}
OPTIONS=("$@")
[ ${#OPTIONS[@]} -gt 0 ] || OPTIONS=(-XX:+UseSerialGC -Xmx256m)
DATA=${KEEP:-$(mktemp -d)}
trap 'kill $(jobs -p) 2>/dev/null || true; sleep 2; [ -n "${KEEP:-}" ] || rm -rf "$DATA"' EXIT

echo "jar: $JAR; JVM options: ${OPTIONS[*]}; $(nproc) cores"
if [ ! -f "$DATA/generated" ]; then
    started=$(date +%s)
    java -XX:+UseSerialGC -Xmx512m -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true \
        --entente.generate=40x7x179 --entente.generate-last-year=2027 > "$DATA/generate.log" 2>&1
    java -XX:+UseSerialGC -Xmx512m -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true \
        --entente.generate=1x2x500 >> "$DATA/generate.log" 2>&1
    grep -o 'Generated [0-9]* committees, .* ms' "$DATA/generate.log" || true
    echo "generating (two runs, JVM start to exit each): $(( $(date +%s) - started )) s"
    touch "$DATA/generated"
fi

# A set generated without the 500-activity committee (bench/search.sh's 80,192-activity set, issue
# 15's "80,000 set") gets it once, on top, as above: the 500-activity plan is one of the pages.
if ! grep -q 'Generated 1 committees, 2 work plans, 1000 activities' "$DATA/generate.log" 2>/dev/null; then
    java -XX:+UseSerialGC -Xmx512m -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true \
        --entente.generate=1x2x500 >> "$DATA/generate.log" 2>&1
    grep -o 'Generated 1 committees, .* ms' "$DATA/generate.log" || { echo "!! no 500-activity plan generated"; exit 1; }
fi

source bench/entente-on-data.sh
entente_start "$DATA/app.log"

# The pages: the first generated committee, its 2026 plan filtered to a quarter, one of its
# activities; the 500-activity plan of the last generated committee.
COMMITTEE=$(psql -c "select min(id) from committees.committee where code like 'G001-%'")
PLAN=$(psql -c "select id from workplans.plan where committee_id = $COMMITTEE and year = 2026")
ACTIVITY=$(psql -c "select min(id) from workplans.activity where plan_id = $PLAN")
BIG=$(psql -c "select plan_id from workplans.activity group by plan_id having count(*) = 500 order by plan_id desc limit 1")

sign_in "$DATA/cookies"

PAGES=(
    "home (to-do panel)|/"
    "committee page|/committees/$COMMITTEE"
    "plan page, one quarter|/workplans/$PLAN?quarter=2"
    "500-activity plan|/workplans/$BIG"
    "its overview|/workplans/$BIG/overview"
    "year dashboard|/workplans/dashboard?year=2026"
    "activities API|/api/v1/activities?status=SCHEDULED&overdue=true&size=100"
    "one activity|/activities/$ACTIVITY"
    "to-do count|/me/todo/count"
    "to-do API|/api/v1/me/todo"
)
cpu() { awk '{ print $14 + $15 }' "/proc/$APP/stat"; }
fgc() { jstat -gcutil "$APP" | awk 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "FGC") c = i } NR == 2 { print $c }'; }

for page in "${PAGES[@]}"; do
    path=${page#*|}
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "$COOKIE" "http://localhost:$PORT$path")
    [ "$status" = 200 ] || echo "!! $path answered $status"
    wrk -t1 -c2 -d3s -H "$COOKIE" "http://localhost:$PORT$path" > /dev/null # warm-up
done

for connections in ${CONNECTIONS:-1 8}; do
    echo
    echo "== $connections connection(s), wrk -d$DURATION; load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "| page | median ms | p95 ms | p99 ms | req/s | errors | full GCs | JVM CPU ms/request | bytes plain / gzip |"
    echo "|---|---|---|---|---|---|---|---|---|"
    for page in "${PAGES[@]}"; do
        name=${page%%|*}
        path=${page#*|}
        before=$(fgc)
        ticks=$(cpu)
        line=$(wrk -t$(( connections > 1 ? 2 : 1 )) -c"$connections" -d"$DURATION" -H "$COOKIE" -H "Accept-Encoding: gzip" \
            -s bench/percentiles.lua "http://localhost:$PORT$path" | grep median)
        after=$(fgc)
        ticks=$(( $(cpu) - ticks ))
        plain=$(curl -s -o /dev/null -w '%{size_download}' -H "$COOKIE" "http://localhost:$PORT$path")
        gzip=$(curl -s -o /dev/null -w '%{size_download}' -H "$COOKIE" -H 'Accept-Encoding: gzip' \
            "http://localhost:$PORT$path")
        echo "$line" | awk -v name="$name" -v gc=$(( after - before )) -v size="$plain / $gzip" -v ticks="$ticks" \
            -v hz="$(getconf CLK_TCK)" '{ gsub(",", "")
            printf "| %s | %s | %s | %s | %s | %s | %d | %.1f | %s |\n", name, $2, $5, $8, $12, $14, gc,
                ($10 > 0 ? ticks * 1000 / hz / $10 : 0), size }'
    done
done
echo
echo "load average $(cut -d' ' -f1-3 /proc/loadavg); resident memory of the JVM after the runs: $(( $(ps -o rss= -p "$APP") / 1024 )) MiB"
echo "full GCs in all: $(fgc)"
# Where the resident memory goes (issue 20: it must stay under 450 MiB): the classes loaded, and with
# -XX:NativeMemoryTracking=summary among the JVM options the JVM's own account by area (committed KiB).
echo "classes loaded: $(jstat -class "$APP" | awk 'NR == 2 { print $1 }');" \
    "resident $(awk '/^Rss(Anon|File|Shmem)/ { printf "%s %d MiB ", $1, $2 / 1024 }' "/proc/$APP/status")"
if printf '%s\n' "${OPTIONS[@]}" | grep -q NativeMemoryTracking; then
    jcmd "$APP" VM.native_memory summary | grep -E '^(Total:|-) ' | sed 's/reserved=[0-9]*KB, //'
fi
