#!/usr/bin/env bash
# Compares the signed-in home page of two builds on a shared machine: both jars are started side by
# side (fresh data directories, demo loaded), then measured in alternation, ROUNDS times each, so
# that the other builds' load falls on both alike. Per round: requests/s, median latency, and the CPU
# time per request of the whole server (the JVM and its PostgreSQL processes, user + system), which
# follows the other builds' load much less than requests/s do. Prints each round with the load
# average, then the medians.
#
# Usage: bench/home-page-compare.sh BEFORE.jar AFTER.jar [JVM options...]
# Environment: ROUNDS (default 5), DURATION per round (default 15s), CONNECTIONS (default 4).
# Needs: curl, wrk, bc.
set -euo pipefail
cd "$(dirname "$0")/.."

JARS=("$1" "$2")
shift 2
JVM_OPTIONS=("$@")
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-4}
PORTS=(18281 18282)
NAMES=(before after)
WORK=$(mktemp -d)
PIDS=()
trap 'kill ${PIDS[*]:-} 2>/dev/null || true; sleep 3; rm -rf "$WORK"' EXIT

# CPU ticks (user + system) of a process and all its descendants still running.
descendant_ticks() {
    local root=$1
    ps -e -o pid=,ppid= | awk -v root="$root" '
        { parent[$1] = $2 }
        END { for (p in parent) { q = p; while (q != "" && q != 0 && q != root) q = parent[q]; if (q == root) print p } }' \
        | while read -r pid; do awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || true; done \
        | awk '{ s += $1 } END { print s + 0 }'
}

# The server's CPU ticks: its JVM, and its PostgreSQL (pg_ctl leaves the postmaster to init, so it
# is found by its pid file, with the backends it forked).
tree_ticks() {
    local i=$1
    echo $(( $(descendant_ticks "${PIDS[$i]}") + $(descendant_ticks "$(head -1 "$WORK/$i/data/postgres/postmaster.pid")") ))
}

for i in 0 1; do
    mkdir -p "$WORK/$i"
    java "${JVM_OPTIONS[@]}" -jar "${JARS[$i]}" --server.port="${PORTS[$i]}" --entente.data-dir="$WORK/$i/data" \
        --entente.demo=true > "$WORK/$i/app.log" 2>&1 &
    PIDS+=($!)
done
for i in 0 1; do
    until curl -sf "http://localhost:${PORTS[$i]}/actuator/health" | grep -q UP; do
        kill -0 "${PIDS[$i]}" || { echo "${NAMES[$i]} did not start:"; tail -20 "$WORK/$i/app.log"; exit 1; }
        sleep 1
    done
    C="$WORK/$i/cookies"
    TOKEN=$(curl -s -c "$C" "http://localhost:${PORTS[$i]}/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
    curl -s -b "$C" -c "$C" -o /dev/null --data-urlencode "username=planner.mar" \
        --data-urlencode "password=Entente-Demo-2026" --data-urlencode "_csrf=$TOKEN" "http://localhost:${PORTS[$i]}/login"
    SESSION[$i]=$(awk '$6 == "ENTENTE_SESSION" { print $7 }' "$C")
    STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: ENTENTE_SESSION=${SESSION[$i]}" "http://localhost:${PORTS[$i]}/")
    [ "$STATUS" = 200 ] || { echo "${NAMES[$i]}: sign-in failed (home answered $STATUS)"; exit 1; }
    echo "${NAMES[$i]}: ${JARS[$i]} ready"
done
# Warm up the JIT of both.
for i in 0 1; do
    wrk -t2 -c"$CONNECTIONS" -d20s -H "Cookie: ENTENTE_SESSION=${SESSION[$i]}" "http://localhost:${PORTS[$i]}/" > /dev/null
done

echo "round build   req/s  median-ms  cpu-ms/request  load-average"
for round in $(seq 1 "$ROUNDS"); do
    for i in 0 1; do
        # Alternate which build goes first, so neither always follows the other.
        j=$(( (i + round) % 2 ))
        before=$(tree_ticks "$j")
        out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -H "Cookie: ENTENTE_SESSION=${SESSION[$j]}" \
            -s bench/percentiles.lua "http://localhost:${PORTS[$j]}/")
        ticks=$(( $(tree_ticks "$j") - before ))
        requests=$(awk '/requests in/ { print $1 }' <<< "$out")
        rps=$(awk '/^Requests\/sec/ { print $2 }' <<< "$out")
        median=$(grep -o 'median [0-9.]*' <<< "$out" | awk '{ print $2 }')
        cpu=$(echo "scale=2; $ticks * 1000 / $(getconf CLK_TCK) / $requests" | bc)
        load=$(cut -d' ' -f1 /proc/loadavg)
        printf '%5d %-6s %7s %10s %15s %13s\n' "$round" "${NAMES[$j]}" "$rps" "$median" "$cpu" "$load" \
            | tee -a "$WORK/${NAMES[$j]}.rounds"
    done
done
echo "medians over $ROUNDS rounds:"
for name in "${NAMES[@]}"; do
    for column in 3 4 5; do
        sort -n -k"$column" "$WORK/$name.rounds" | awk -v c="$column" '{ v[NR] = $c } END { printf "%s ", v[int((NR + 1) / 2)] }'
    done | awk -v n="$name" '{ printf "  %-6s req/s %s, median %s ms, CPU %s ms per request\n", n, $1, $2, $3 }'
done
