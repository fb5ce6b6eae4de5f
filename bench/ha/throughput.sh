#!/usr/bin/env bash
# Throughput of the two-node cluster against one node (issue 19, Performance), same sitting: starts
# the topology of cluster.sh, generates one committee of two 500-activity plans (1x2x500) through a
# third, short-lived node, signs in as planner.mar, then runs wrk with CONNECTIONS (default 16)
# connections for DURATION (default 30s) on the filtered plan page and the activities API, first
# through HAProxy to both nodes, then through HAProxy to node 1 alone (BASE+5), twice, alternated.
# Both nodes share the machine's cores: on 2 cores a second JVM adds no CPU, only a second queue.
#   ./mvnw -DskipTests package && bench/ha/throughput.sh
# Needs wrk, and what cluster.sh needs.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=cluster.sh
. "$HERE/cluster.sh"
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-30s}
trap ha_stop EXIT
set -e
ha_start
start_node 3 true --entente.generate=1x2x500
while kill -0 "${NODE_PID[3]}" 2>/dev/null; do sleep 1; done
grep -q 'Generated [0-9]* committees' "$HA_DIR/node3.log" || { tail -20 "$HA_DIR/node3.log"; exit 1; }
unset 'NODE_PID[3]'
grep -o 'Generated [0-9]* committees.*' "$HA_DIR/node3.log" | sed 's/^/  /'
PLAN=$(psql_primary $((PG_BASE + 1)) "select p.id from workplans.plan p join committees.committee c on c.id = p.committee_id
    where c.code like 'G001-%' and p.year = 2026")
python3 "$HERE/load.py" signin "http://127.0.0.1:$BASE" "$HA_DIR/cookies"
# load.py writes Python's Mozilla cookie file: a session cookie's expiry field is empty, so split on
# tabs only (awk's default would merge the empty field and miss the cookie: every request then
# answered 302 or 401 and wrk counted those).
COOKIE="Cookie: ENTENTE_SESSION=$(awk -F'\t' '$6 == "ENTENTE_SESSION" { print $7 }' "$HA_DIR/cookies")"
[ "$COOKIE" != "Cookie: ENTENTE_SESSION=" ] || { echo "!! no session cookie in $HA_DIR/cookies"; exit 1; }
PAGES=("plan page, one quarter|/workplans/$PLAN?quarter=2" "activities API|/api/v1/activities?status=SCHEDULED&overdue=true&size=100")
for page in "${PAGES[@]}"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "$COOKIE" "http://127.0.0.1:$BASE${page#*|}")
    [ "$status" = 200 ] || { echo "!! ${page#*|} answered $status: not measuring a page that is not served"; exit 1; }
    wrk -t2 -c4 -d5s -H "$COOKIE" "http://127.0.0.1:$BASE${page#*|}" > /dev/null
done
set +e
echo "=== $CONNECTIONS connections, wrk -d$DURATION, $(nproc) cores ==="
for round in 1 2; do
    for target in "two nodes|$BASE" "one node|$((BASE + 5))"; do
        for page in "${PAGES[@]}"; do
            printf '%s, %s (round %s, load %s):' "${target%%|*}" "${page%%|*}" "$round" "$(cut -d' ' -f1 /proc/loadavg)"
            wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 30s -H "$COOKIE" -H "Accept-Encoding: gzip" \
                -s "$HERE/../percentiles.lua" "http://127.0.0.1:${target#*|}${page#*|}" | tail -1
        done
    done
done
