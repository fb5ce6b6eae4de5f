#!/bin/bash
# The committee page at 8 users (issue 20's bar: >= 500 requests/s), and what each view costs: on a
# data directory bench/scale.sh generated (KEEP=dir; give each build its own copy: a newer build
# migrates it), starts the jar with the recommended options, signs in as planner.mar and runs wrk on
# /committees/{id} of the first generated committee (G001-...) ROUNDS times; per round it prints
# requests/s, median and p95, the CPU time per request of the JVM and of its PostgreSQL (the
# postmaster found by its pid file, with its backends), and the audit entries written per request
# (every view of the committee is a read above UNCLASSIFIED: about 1.0; a little more, as wrk stops
# counting the requests still in flight at its end), the transactions committed and the WAL flushes
# to disk per request (pg_stat_database, pg_stat_wal: counts that do not depend on the machine's load).
#   KEEP=dir bench/committee-page.sh [JVM options...]
# ROUNDS (default 3), DURATION (default 20s), CONNECTIONS (default 8), PORT (default 18086),
# JAR (default target/entente-*.jar).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/entente-*.jar | head -1)}
PORT=${PORT:-18086}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-8}
OPTIONS=("$@")
[ ${#OPTIONS[@]} -gt 0 ] || OPTIONS=(-XX:+UseSerialGC -Xmx256m)
DATA=${KEEP:?KEEP=dir: a data directory that bench/scale.sh generated}
[ -f "$DATA/generated" ] || { echo "no generated data set in $DATA: run KEEP=$DATA bench/scale.sh first"; exit 1; }
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT

source bench/entente-on-data.sh
entente_start "$DATA/committee-page-app.log"
sign_in "$DATA/committee-page-cookies"
COMMITTEE=$(psql -c "select min(id) from committees.committee where code like 'G001-%'")
URL="http://localhost:$PORT/committees/$COMMITTEE"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "$COOKIE" "$URL")
[ "$status" = 200 ] || { echo "!! $URL answered $status"; exit 1; }

# CPU ticks (user + system) of a process and all its descendants still running.
descendant_ticks() {
    local root=$1
    ps -e -o pid=,ppid= | awk -v root="$root" '
        { parent[$1] = $2 }
        END { for (p in parent) { q = p; while (q != "" && q != 0 && q != root) q = parent[q]; if (q == root) print p } }' \
        | while read -r pid; do awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || true; done \
        | awk '{ s += $1 } END { print s + 0 }'
}
jvm_ticks() { awk '{ print $14 + $15 }' "/proc/$APP/stat"; }
pg_ticks() { descendant_ticks "$(head -1 "$DATA/postgres/postmaster.pid")"; }
entries() { psql -c "select count(*) from audit.event"; }
# Committed transactions and WAL flushes so far; sessions report their statistics at most every 10 s
# when idle, so this waits 11 s first.
commits_syncs() { sleep 11; psql -F' ' -c "select (select xact_commit from pg_stat_database where datname = 'entente'),
    (select wal_sync from pg_stat_wal)"; }
HZ=$(getconf CLK_TCK)

wrk -t2 -c"$CONNECTIONS" -d10s -H "$COOKIE" "$URL" > /dev/null # warm-up
echo "jar: $JAR; JVM options: ${OPTIONS[*]}; $URL; $CONNECTIONS connections, wrk -d$DURATION"
echo "| round | req/s | median ms | p95 ms | JVM CPU ms/request | PostgreSQL CPU ms/request | audit entries/request | commits/request | WAL flushes/request | load average |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for round in $(seq "$ROUNDS"); do
    read -r c0 s0 <<< "$(commits_syncs)"
    j0=$(jvm_ticks); p0=$(pg_ticks); e0=$(entries)
    line=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -H "$COOKIE" -H "Accept-Encoding: gzip" \
        -s bench/percentiles.lua "$URL" | grep median)
    j1=$(jvm_ticks); p1=$(pg_ticks); e1=$(entries)
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    read -r c1 s1 <<< "$(commits_syncs)"
    echo "$line" | awk -v r="$round" -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v e=$((e1 - e0)) -v hz="$HZ" \
        -v c=$((c1 - c0)) -v s=$((s1 - s0)) -v load="$load" '{ gsub(",", ""); n = $10
        printf "| %d | %s | %s | %s | %.2f | %.2f | %.3f | %.2f | %.2f | %s |\n", r, $12, $2, $5,
            (n > 0 ? j * 1000 / hz / n : 0), (n > 0 ? p * 1000 / hz / n : 0), (n > 0 ? e / n : 0),
            (n > 0 ? c / n : 0), (n > 0 ? s / n : 0), load }'
done
