#!/usr/bin/env bash
# Issue 19, item 5, in one command: the main pages' p95 at 8 connections on the million-activity set
# against the 51,158-activity set (bench/scale.sh's), in the same sitting, and their ratio (the bar:
# at most 2). Runs bench/scale.sh on each kept data directory in turn (small, million, small again,
# so that a change of the machine's load during the runs shows as a difference between the two small
# runs), then prints one table: page, small p95 (the lower of its two runs), million p95, ratio, and
# the load average each run started at.
#   SMALL=/tmp/copy-of-scale-data MILLION=/tmp/copy-of-million-data bench/million-ratio.sh
# Both must hold "generated" (bench/scale.sh and bench/million.sh write it) and be copies: the jar
# migrates what it is started on. DURATION (default 10s), JAR, PORT as for bench/scale.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
SMALL=${SMALL:?SMALL=data directory of the 51,158-activity set}
MILLION=${MILLION:?MILLION=data directory of the million-activity set}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

run() { # name dir
    KEEP="$2" CONNECTIONS=8 bench/scale.sh > "$OUT/$1.txt"
    grep -o 'load average [0-9., ]*' "$OUT/$1.txt" | head -1 | sed 's/load average //' > "$OUT/$1.load"
    sed -n '/^| page /,/^$/p' "$OUT/$1.txt" | grep '^| ' | grep -v '^| page \|^|---' \
        | awk -F'|' '{ gsub(/^ +| +$/, "", $2); gsub(/ /, "", $4); print $2 "|" $4 }' > "$OUT/$1.p95"
}
run small1 "$SMALL"
run million "$MILLION"
run small2 "$SMALL"

echo "load average at each run's start: small $(cat "$OUT/small1.load"), million $(cat "$OUT/million.load"), small again $(cat "$OUT/small2.load")"
echo
echo "| page (8 connections) | 51k p95 ms (two runs) | 1M p95 ms | ratio |"
echo "|---|---|---|---|"
join -t'|' <(sort "$OUT/small1.p95") <(sort "$OUT/small2.p95") | join -t'|' - <(sort "$OUT/million.p95") \
    | awk -F'|' '{ low = ($2 + 0 < $3 + 0 ? $2 : $3)
        # wrk reports a p95 of 0 when every request of the run timed out (2 s) or failed
        if ($4 + 0 == 0 || low + 0 == 0) { printf "| %s | %s (%s, %s) | %s | timed out |\n", $1, low, $2, $3, $4; next }
        ratio = $4 / low
        printf "| %s | %s (%s, %s) | %s | %.1f%s |\n", $1, low, $2, $3, $4, ratio, (ratio > 2 ? " **over 2**" : "") }'
