#!/usr/bin/env bash
# Floods sign-in with wrong passwords while a signed-in user keeps opening pages, against the
# packaged jar:
#   1. the signed-in home page alone (4 connections): median and p95;
#   2. FLOOD_CONNECTIONS (default 1000) connections posting wrong passwords for made-up usernames,
#      each from a made-up address (X-Forwarded-For through 127.0.0.1, listed as a trusted proxy),
#      for FLOOD_DURATION (default 60s); after 10 s, the same signed-in home page measurement for
#      DURATION (default 30s) during the flood;
#   3. from the flood's 15th second, a real user (planner.mar, the right password, from 127.0.0.1)
#      signs in afresh as a person would: on a 429 it waits the Retry-After it was given (at most
#      5 s) and tries again, up to SIGN_IN_TRIES (default 30) times; reported: signed in or not,
#      after how many tries and seconds (the cluster-wide throttle in identity.sign_in_failure
#      writes every counted failure to the database: the flood's made-up accounts and addresses);
#   4. the heap after the flood (jcmd GC.heap_info), the OutOfMemoryErrors in the log, and whether
#      the server still answers.
#
# Usage: bench/sign-in-flood.sh [JVM options...]   (default -XX:+UseSerialGC -Xmx256m)
#        JAR=path/to/entente.jar bench/sign-in-flood.sh   to measure another build
# Needs: curl, wrk, jcmd (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/entente-*.jar | head -1)}
PORT=${PORT:-18081}
DATA=$(mktemp -d)
DURATION=${DURATION:-30s}
FLOOD_DURATION=${FLOOD_DURATION:-60s}
FLOOD_CONNECTIONS=${FLOOD_CONNECTIONS:-1000}
if [ $# -gt 0 ]; then JVM_OPTIONS=("$@"); else JVM_OPTIONS=(-XX:+UseSerialGC -Xmx256m); fi
trap 'kill $(jobs -p) 2>/dev/null || true; kill -9 "${APP:-0}" 2>/dev/null || true; sleep 3; rm -rf "$DATA"' EXIT

echo "jar: $JAR; JVM options: ${JVM_OPTIONS[*]}"
java "${JVM_OPTIONS[@]}" -Xlog:gc:file="$DATA/gc.log" -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true \
    --entente.trusted-proxies=127.0.0.1 > "$DATA/app.log" 2>&1 &
APP=$!
until curl -sf "http://localhost:$PORT/actuator/health" | grep -q UP; do sleep 0.2; done

# A session and its CSRF token, as the sign-in page gives them.
session_and_token() {
    local cookies="$DATA/cookies.$1"
    TOKEN=$(curl -s -c "$cookies" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
    COOKIES="$cookies"
}
session_and_token user
curl -s -b "$COOKIES" -c "$COOKIES" -o /dev/null \
    --data-urlencode "username=planner.mar" --data-urlencode "password=Entente-Demo-2026" --data-urlencode "_csrf=$TOKEN" \
    "http://localhost:$PORT/login"
USER_SESSION=$(awk '$6 == "ENTENTE_SESSION" { print $7 }' "$COOKIES")
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: ENTENTE_SESSION=$USER_SESSION" "http://localhost:$PORT/")
[ "$STATUS" = 200 ] || { echo "sign-in failed (home answered $STATUS)"; exit 1; }
# A fresh sign-in as a person makes it (sign-in page, then the form); on a 429 wait Retry-After (at
# most 5 s) and try again. Prints "signed in after N tries in S s" or "NOT signed in after N tries".
real_sign_in() {
    local tries=${SIGN_IN_TRIES:-30} start cookies="$DATA/cookies.real" token headers status location wait
    start=$(date +%s%3N)
    for try in $(seq "$tries"); do
        rm -f "$cookies"
        token=$(curl -s --max-time 30 -c "$cookies" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//' || true)
        headers=$(curl -s --max-time 30 -b "$cookies" -c "$cookies" -o /dev/null -D - \
            --data-urlencode "username=planner.mar" --data-urlencode "password=Entente-Demo-2026" \
            --data-urlencode "_csrf=$token" "http://localhost:$PORT/login" | tr -d '\r')
        status=$(head -1 <<<"$headers" | cut -d' ' -f2)
        location=$(grep -i '^location:' <<<"$headers" | cut -d' ' -f2)
        echo "  try $try: ${status:-no answer} ${location:-}" >> "$DATA/real-sign-in.txt"
        if [ "$status" = 302 ] && [[ "$location" != *error* ]] && [[ "$location" != *login* ]]; then
            echo "signed in after $try tries in $(( ($(date +%s%3N) - start) / 1000 )) s"
            return 0
        fi
        wait=$(grep -i '^retry-after:' <<<"$headers" | cut -d' ' -f2)
        sleep "$(( ${wait:-1} > 5 ? 5 : ${wait:-1} ))"
    done
    echo "NOT signed in after $tries tries in $(( ($(date +%s%3N) - start) / 1000 )) s"
    return 1
}

session_and_token flood
FLOOD_SESSION=$(awk '$6 == "ENTENTE_SESSION" { print $7 }' "$COOKIES")

wrk -t1 -c4 -d10s -H "Cookie: ENTENTE_SESSION=$USER_SESSION" "http://localhost:$PORT/" > /dev/null
echo "signed-in home page, no flood (wrk -t1 -c4 -d$DURATION):"
wrk -t1 -c4 -d"$DURATION" -H "Cookie: ENTENTE_SESSION=$USER_SESSION" -s bench/percentiles.lua "http://localhost:$PORT/" | tail -1

echo "flood: wrk -t2 -c$FLOOD_CONNECTIONS -d$FLOOD_DURATION of wrong sign-ins; signed-in home page from the 10th second:"
CSRF="$TOKEN" SESSION="$FLOOD_SESSION" wrk -t2 -c"$FLOOD_CONNECTIONS" -d"$FLOOD_DURATION" --timeout 30s \
    -s bench/sign-in-flood.lua "http://localhost:$PORT/" > "$DATA/flood.txt" &
FLOOD=$!
(set +e; sleep 15; real_sign_in > "$DATA/real-sign-in.result") &
REAL=$!
sleep 10
wrk -t1 -c4 -d"$DURATION" --timeout 30s -H "Cookie: ENTENTE_SESSION=$USER_SESSION" -s bench/percentiles.lua \
    "http://localhost:$PORT/" | tail -1 | sed 's/^/  signed-in user during the flood:/'
wait "$FLOOD" || true
tail -1 "$DATA/flood.txt"
wait "$REAL" || true
echo "  a real user signing in during the flood (planner.mar, Retry-After honoured): $(cat "$DATA/real-sign-in.result" 2>/dev/null)"
echo "    its answers: $(sed 's/.*try [0-9]*: //' "$DATA/real-sign-in.txt" 2>/dev/null | sort | uniq -c | sort -rn | awk '{ $1 = $1 " ×"; print }' | paste -sd ';')"

set +e
heap() { timeout 20 jcmd "$APP" GC.heap_info 2>/dev/null | grep -E 'generation' | sed 's/\[.*//' | tr -s ' ' | paste -sd ';'; }
echo "last collection before the end of the flood: $(grep -E 'Pause' "$DATA/gc.log" | tail -1 | sed 's/.*Pause/Pause/')"
echo "collections during the run: $(grep -c 'Pause Young' "$DATA/gc.log") young, $(grep -c 'Pause Full' "$DATA/gc.log") full"
echo "heap after the flood: $(heap)"
timeout 20 jcmd "$APP" GC.run > /dev/null 2>&1
echo "heap after a full collection: $(heap)"
echo "server answers after the flood: $(curl -s --max-time 20 -o /dev/null -w '%{http_code} in %{time_total} s' -H "Cookie: ENTENTE_SESSION=$USER_SESSION" "http://localhost:$PORT/")"
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$DATA/app.log")"
echo "resident memory: $(( $(ps -o rss= -p "$APP" 2>/dev/null || echo 0) / 1024 )) MiB"
kill "$APP"; wait "$APP" 2>/dev/null || true # 143: it stopped on the SIGTERM it was sent
grep -q '^signed in' "$DATA/real-sign-in.result" # the run fails when the real user could not sign in
