#!/bin/bash
# What each search costs the server, in measures a loaded machine does not move much (issue 17,
# search33): per search page, the JVM's bytes allocated per request (jstat, fixed 256 MB heap: young
# collections × eden + eden used), PostgreSQL's transactions and blocks per request
# (pg_stat_database), and the JVM's and PostgreSQL's CPU per request (/proc). One jar after another,
# each a fresh JVM on the same data directory: a copy that bench/search.sh generated and REINDEXED
# (a plain copy of /work/sdata-after holds only the demo's 107 entries: the line "entries" says which).
#   KEEP=dir bench/search-work.sh JAR [JAR...]
# PORT (default 18087), WARM (default 15s per page, 2 connections), RUN (default 8s per page).
set -u
cd "$(dirname "$0")/.."
PORT=${PORT:-18087}
DATA=${KEEP:?KEEP=dir: a reindexed copy of a data directory bench/search.sh generated}
WARM=${WARM:-15s}
RUN=${RUN:-8s}
OPTIONS=(-XX:+UseSerialGC -Xmx256m -Xms256m -Dserver.address=127.0.0.1)
source bench/entente-on-data.sh
q() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
PAGES=(
    "common word page|/search?q=$(q 'رقم')"
    "middle word page|/search?q=$(q 'مؤتمر')"
    "rare word page|/search?q=$(q 'تكوين')"
    "as you type|/search/suggestions?q=$(q 'مؤت')"
    "common word API|/api/v1/search?q=$(q 'رقم')&size=20"
)
alloc() { jstat -gc "$APP" | awk 'NR==1{for(i=1;i<=NF;i++)h[$i]=i} NR==2{printf "%.0f", $h["YGC"]*$h["EC"]+$h["EU"]}'; }
pgcpu() {
    local postmaster
    postmaster=$(head -1 "$DATA/postgres/postmaster.pid")
    { cat "/proc/$postmaster/stat"; for c in $(pgrep -P "$postmaster"); do cat "/proc/$c/stat" 2>/dev/null; done; } | awk '{s+=$14+$15} END{print s}'
}
db() { psql -c "select xact_commit+xact_rollback, blks_hit+blks_read from pg_stat_database where datname='entente'" | tr '|' ' '; }
for JAR in "$@"; do
    entente_start "$DATA/search-work-app.log"
    COOKIES=$(mktemp)
    sign_in "$COOKIES"
    echo "== $JAR; load average $(cut -d' ' -f1 /proc/loadavg); entries $(psql -c 'select count(*) from search.entry')"
    for page in "${PAGES[@]}"; do wrk -t1 -c2 -d"$WARM" -H "$COOKIE" "http://127.0.0.1:$PORT${page#*|}" > /dev/null; done
    echo "| search | requests | kB allocated | transactions | blocks | JVM CPU ms | PostgreSQL CPU ms | load |"
    echo "|---|---|---|---|---|---|---|---|"
    for page in "${PAGES[@]}"; do
        a0=$(alloc); read -r x0 b0 <<< "$(db)"; t0=$(awk '{print $14+$15}' "/proc/$APP/stat"); g0=$(pgcpu)
        n=$(wrk -t1 -c2 -d"$RUN" -H "$COOKIE" "http://127.0.0.1:$PORT${page#*|}" | awk '/requests in/ {print $1}')
        a1=$(alloc); read -r x1 b1 <<< "$(db)"; t1=$(awk '{print $14+$15}' "/proc/$APP/stat"); g1=$(pgcpu)
        awk -v p="${page%%|*}" -v n="$n" -v a=$((a1 - a0)) -v x=$((x1 - x0)) -v b=$((b1 - b0)) -v c=$((t1 - t0)) \
            -v g=$((g1 - g0)) -v l="$(cut -d' ' -f1 /proc/loadavg)" -v hz="$(getconf CLK_TCK)" \
            'BEGIN{printf "| %s | %d | %.0f | %.2f | %.0f | %.2f | %.2f | %s |\n", p, n, a/n, x/n, b/n, c*1000/hz/n, g*1000/hz/n, l}'
    done
    rm -f "$COOKIES"
    kill "$APP"
    wait "$APP" 2> /dev/null || true
done
