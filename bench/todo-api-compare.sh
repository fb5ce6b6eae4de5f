#!/usr/bin/env bash
# Issue 15's bar (the to-do API p95 <= 50 ms at 8 users on the 51,158-activity set), for comparing
# two builds on a shared machine: each jar runs on its own copy of a data directory bench/scale.sh
# generated (SRC=dir; each copy is migrated by its jar at start), planner.mar signs in on both, both
# are warmed up, then measured in alternation ROUNDS times (wrk, CONNECTIONS users, DURATION each).
# Per round: median and p95 latency, requests/s, and the CPU time per request of the JVM and of its
# PostgreSQL (postmaster and backends) apart, with the load average; then the medians. On a loaded
# machine only the CPU columns compare builds; latency is for a quiet machine.
#
# Usage: SRC=dir bench/todo-api-compare.sh BEFORE.jar AFTER.jar [JVM options...]
# JSON=dir (after the rounds): signs in each of JSON_USERS (default planner.mar planner.isr
# liaison.isr) on both builds and keeps each path's answer in dir/before and dir/after, to compare.
# Environment: ROUNDS (default 5), DURATION (default 10s), CONNECTIONS (default 8), PATHS (default
# /api/v1/me/todo; several separated by spaces), PORTS (default "18291 18292"), WORK (default a
# temporary directory, removed at the end unless given).
# Needs: curl, wrk.
set -euo pipefail
cd "$(dirname "$0")/.."

SRC=${SRC:?SRC=dir: a data directory bench/scale.sh generated (it is copied, never used directly)}
[ -f "$SRC/generated" ] || { echo "no generated data set in $SRC"; exit 1; }
JARS=("$1" "$2")
shift 2
OPTIONS=("$@")
[ ${#OPTIONS[@]} -gt 0 ] || OPTIONS=(-XX:+UseSerialGC -Xmx256m)
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-8}
read -r -a PATHS <<< "${PATHS:-/api/v1/me/todo}"
read -r -a PORT <<< "${PORTS:-18291 18292}"
NAMES=(before after)
KEEP_WORK=${WORK:+1}
WORK=${WORK:-$(mktemp -d)}
mkdir -p "$WORK"
PIDS=()
trap 'kill ${PIDS[*]:-} 2>/dev/null || true; sleep 3; [ -n "$KEEP_WORK" ] || rm -rf "$WORK"' EXIT

ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
    local postmaster sum child
    postmaster=$(head -1 "$WORK/$1/postgres/postmaster.pid")
    sum=$(ticks "$postmaster")
    for child in $(pgrep -P "$postmaster"); do sum=$(( sum + $(ticks "$child") )); done
    echo "$sum"
}
HZ=$(getconf CLK_TCK)

for i in 0 1; do
    [ -d "$WORK/$i" ] || cp -a "$SRC" "$WORK/$i"
    java "${OPTIONS[@]}" -jar "${JARS[$i]}" --server.port="${PORT[$i]}" --entente.data-dir="$WORK/$i" \
        --entente.demo=true > "$WORK/$i.log" 2>&1 &
    PIDS+=($!)
done
sign_in() { # sign_in BUILD USER COOKIES: signs USER in on BUILD, keeping the cookies in the file
    local token
    token=$(curl -s -c "$3" "http://localhost:${PORT[$1]}/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
    curl -s -b "$3" -c "$3" -o /dev/null --data-urlencode "username=$2" \
        --data-urlencode "password=Entente-Demo-2026" --data-urlencode "_csrf=$token" "http://localhost:${PORT[$1]}/login"
}
for i in 0 1; do
    until curl -sf "http://localhost:${PORT[$i]}/actuator/health" | grep -q UP; do
        kill -0 "${PIDS[$i]}" || { echo "${NAMES[$i]} did not start:"; tail -20 "$WORK/$i.log"; exit 1; }
        sleep 1
    done
    C="$WORK/$i.cookies"
    sign_in "$i" planner.mar "$C"
    COOKIE[$i]="Cookie: ENTENTE_SESSION=$(awk '$6 == "ENTENTE_SESSION" { print $7 }' "$C")"
    for path in "${PATHS[@]}"; do
        status=$(curl -s -o /dev/null -w '%{http_code}' -H "${COOKIE[$i]}" "http://localhost:${PORT[$i]}$path")
        [ "$status" = 200 ] || { echo "${NAMES[$i]}: $path answered $status"; exit 1; }
    done
    echo "${NAMES[$i]}: ${JARS[$i]} ready on $WORK/$i"
done
for path in "${PATHS[@]}"; do
    for i in 0 1; do
        wrk -t2 -c"$CONNECTIONS" -d20s -H "${COOKIE[$i]}" "http://localhost:${PORT[$i]}$path" > /dev/null
    done
done

echo "JVM options: ${OPTIONS[*]}; $CONNECTIONS connections, wrk -d$DURATION, $ROUNDS rounds alternated"
echo "| path | round | build | median ms | p95 ms | req/s | JVM CPU ms/req | PostgreSQL CPU ms/req | load |"
echo "|---|---|---|---|---|---|---|---|---|"
for path in "${PATHS[@]}"; do
    for round in $(seq "$ROUNDS"); do
        for k in 0 1; do
            i=$(( (k + round) % 2 )) # alternate which build goes first
            jvm=$(ticks "${PIDS[$i]}"); pg=$(pg_ticks "$i")
            line=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -H "${COOKIE[$i]}" -H "Accept-Encoding: gzip" \
                -s bench/percentiles.lua "http://localhost:${PORT[$i]}$path" | grep median)
            jvm=$(( $(ticks "${PIDS[$i]}") - jvm )); pg=$(( $(pg_ticks "$i") - pg ))
            echo "$line" | awk -v path="$path" -v round="$round" -v name="${NAMES[$i]}" -v jvm="$jvm" -v pg="$pg" \
                -v hz="$HZ" -v load="$(cut -d' ' -f1 /proc/loadavg)" '{ gsub(",", ""); n = $10 > 0 ? $10 : 1
                printf "| %s | %d | %s | %s | %s | %s | %.2f | %.2f | %s |\n", path, round, name, $2, $5, $12,
                    jvm * 1000 / hz / n, pg * 1000 / hz / n, load }' | tee -a "$WORK/rounds"
        done
    done
done
echo
echo "medians over the rounds (p95 ms, req/s, JVM and PostgreSQL CPU ms per request):"
for path in "${PATHS[@]}"; do
    for name in "${NAMES[@]}"; do
        printf '  %s %-6s' "$path" "$name"
        for column in 6 7 8 9; do
            awk -F' *\\| *' -v p="$path" -v n="$name" -v c="$column" '$2 == p && $4 == n { print $c }' "$WORK/rounds" |
                sort -n | awk '{ v[NR] = $1 } END { printf " %s", v[int((NR + 1) / 2)] }'
        done
        echo
    done
done

if [ -n "${JSON:-}" ]; then
    for i in 0 1; do
        mkdir -p "$JSON/${NAMES[$i]}"
        for user in ${JSON_USERS:-planner.mar planner.isr liaison.isr}; do
            sign_in "$i" "$user" "$WORK/json.cookies"
            for path in "${PATHS[@]}"; do
                curl -s -b "$WORK/json.cookies" "http://localhost:${PORT[$i]}$path" \
                    > "$JSON/${NAMES[$i]}/$user$(echo "$path" | tr -c 'a-zA-Z0-9.\n' _).json"
            done
        done
    done
    echo "answers kept in $JSON/before and $JSON/after"
fi
