#!/usr/bin/env bash
# Uploads and downloads a file of SIZE_MB (default 20) MiB through the record page's form, ROUNDS
# (default 5) times each, against the packaged jar with its embedded PostgreSQL, and prints the
# median and slowest wall time of each (curl's time_total), the server's resident memory after, and
# whether every download came back byte for byte. Issue 19: attachments stored in PostgreSQL in
# 1 MiB chunks instead of files on the disk; run it with JAR= an older build to compare, on a quiet
# machine (on a loaded one the figures are a trend only).
#
# Usage: bench/attachments.sh [JVM options...]   (default -XX:+UseSerialGC -Xmx256m)
#        JAR=path/to/entente.jar SIZE_MB=10 ROUNDS=5 bench/attachments.sh
# The heap: jstat samples it every 200 ms during the transfers; the peak used (eden, survivors, old)
# and the number of full collections are printed. Needs: curl, jstat (JDK).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/entente-*.jar | head -1)}
PORT=${PORT:-18083}
SIZE_MB=${SIZE_MB:-20}
ROUNDS=${ROUNDS:-5}
DATA=$(mktemp -d)
if [ $# -gt 0 ]; then JVM_OPTIONS=("$@"); else JVM_OPTIONS=(-XX:+UseSerialGC -Xmx256m); fi
trap 'status=$?; [ $status = 0 ] || tail -5 "$DATA/app.log" 2>/dev/null; kill -9 "${APP:-0}" 2>/dev/null || true; sleep 3; rm -rf "$DATA"' EXIT

echo "jar: $JAR; JVM options: ${JVM_OPTIONS[*]}; file: $SIZE_MB MiB of text, $ROUNDS rounds"
java "${JVM_OPTIONS[@]}" -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true \
    --entente.attachments.max-size=$((SIZE_MB + 1))MB > "$DATA/app.log" 2>&1 &
APP=$!
until curl -sf "http://localhost:$PORT/actuator/health" | grep -q UP; do sleep 0.5; done
BASE="http://localhost:$PORT"

COOKIES="$DATA/cookies"
TOKEN=$(curl -s -c "$COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//;s/"//')
curl -s -b "$COOKIES" -c "$COOKIES" -o /dev/null --data-urlencode "username=planner.mar" \
    --data-urlencode "password=Entente-Demo-2026" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
COMMITTEES=$(curl -s -b "$COOKIES" "$BASE/committees")
COMMITTEE=$(grep -o 'href="/committees/[0-9]*"' <<<"$COMMITTEES" | sed -n 1p | grep -o '[0-9]*')
TOKEN=$(curl -s -b "$COOKIES" "$BASE/committees/$COMMITTEE" | grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//;s/"//')

# Plain text, numbered lines: what Tika reads (200,000 characters of it) on every upload.
# Exactly that many bytes from awk itself: "| head -c" would close the pipe on awk's last line (SIGPIPE,
# status 141 under pipefail: the second run here died so).
awk -v size=$((SIZE_MB * 1048576)) 'BEGIN { while (n < size) { line = "Line " i++ " of the joint survey report.\n";
        if (n + length(line) > size) line = substr(line, 1, size - n); printf "%s", line; n += length(line) } }' \
    > "$DATA/report.txt"
SHA=$(sha256sum "$DATA/report.txt" | cut -d' ' -f1)

median_max() { sort -n | awk '{ v[NR] = $1 } END { printf "median %.3f s, slowest %.3f s\n", v[int((NR + 1) / 2)], v[NR] }'; }
: > "$DATA/up"; : > "$DATA/down"; BAD=0
jstat -gc "$APP" 200 > "$DATA/heap" 2>/dev/null &
HEAP=$!
for round in $(seq "$ROUNDS"); do
    curl -s -b "$COOKIES" -o /dev/null -w '%{time_total}\n' -F "file=@$DATA/report.txt;filename=report-$round.txt" \
        "$BASE/attachments/committee/$COMMITTEE?_csrf=$TOKEN" >> "$DATA/up"
done
IDS=$(curl -s -b "$COOKIES" "$BASE/committees/$COMMITTEE" | grep -o 'href="/attachments/[0-9]*"' | grep -o '[0-9]*' | sort -u | tail -"$ROUNDS")
[ -n "$IDS" ] || { echo "no attachment found on /committees/$COMMITTEE"; exit 1; }
for id in $IDS; do
    curl -s -b "$COOKIES" -o "$DATA/got" -w '%{time_total}\n' "$BASE/attachments/$id" >> "$DATA/down"
    [ "$(sha256sum "$DATA/got" | cut -d' ' -f1)" = "$SHA" ] || BAD=$((BAD + 1))
done
kill "$HEAP" 2>/dev/null || true
echo "upload of $SIZE_MB MiB:   $(median_max < "$DATA/up")"
echo "download of $SIZE_MB MiB: $(median_max < "$DATA/down") ($(wc -l < "$DATA/down") downloads, $BAD not byte for byte)"
awk 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next } $1 ~ /^[0-9.]+$/ {
        used = $c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]; if (used > peak) peak = used; full = $c["FGC"] }
    END { printf "heap during the transfers: peak used %.0f MiB (sampled every 200 ms), full collections %d\n", peak / 1024, full }' "$DATA/heap"
echo "resident memory after: $(( $(awk '/VmRSS/ { print $2 }' /proc/$APP/status) / 1024 )) MiB"
grep -c OutOfMemoryError "$DATA/app.log" | sed 's/^/OutOfMemoryErrors in the log: /' || true
