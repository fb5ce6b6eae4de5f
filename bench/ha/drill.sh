#!/usr/bin/env bash
# The failover drill (issue 19, docs/operations.md#the-failover-drill). Starts the topology of
# cluster.sh on loopback, runs a mixed load through HAProxy (load.py: 4 signed-in users, half reads,
# half comments posted through the API, every acknowledged write logged), then:
#   at WARMUP s          kill -9 the primary database machine (its pg_autoctl keeper and PostgreSQL);
#   BETWEEN s later      kill -9 one application node (the JVM);
#   AFTER s later        stops the load and reports, per window: time until writes are served again,
#                        errors (5xx or no answer) during it; then reads every acknowledged write back
#                        (lost must be 0), verifies the audit chain, and whether a session signed in
#                        before the node kill is still signed in after it.
# Everything it started is stopped on exit (KEEP=1 keeps the directory with the logs).
#
# Usage: ./mvnw -DskipTests package && bench/ha/drill.sh
#        WARMUP=60 BETWEEN=120 AFTER=90 WORKERS=4 JAR=… BASE=18480 PG_BASE=55440 bench/ha/drill.sh
# Needs (Debian 12): apt-get install pg-auto-failover-cli postgresql-15-auto-failover haproxy curl python3
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=cluster.sh
. "$HERE/cluster.sh"
WARMUP=${WARMUP:-60}
BETWEEN=${BETWEEN:-120}
AFTER=${AFTER:-90}
WORKERS=${WORKERS:-4}
trap ha_stop EXIT
set -e
ha_start
set +e
URL="http://127.0.0.1:$BASE"
OUT="$HA_DIR/drill"
mkdir -p "$OUT"
: > "$OUT/kills.txt"

python3 "$HERE/load.py" signin "$URL" "$OUT/session.cookies" || exit 1
log "load: $WORKERS users for $((WARMUP + BETWEEN + AFTER)) s through HAProxy"
python3 "$HERE/load.py" run "$URL" "$OUT" $((WARMUP + BETWEEN + AFTER + 60)) "$WORKERS" > "$OUT/load.log" 2>&1 &
LOAD_PID=$!
# The warm-up counts from the load's first requests: on a loaded machine signing in takes a while.
until [ "$(wc -l 2>/dev/null < "$OUT/requests.csv" || echo 0)" -gt "$((WORKERS * 5))" ]; do sleep 1; done
sleep "$WARMUP"

log "kill -9 of the primary database (db1: keeper and PostgreSQL); states: $(db_states)"
echo "primary-database $(now_ms)" >> "$OUT/kills.txt"
KILLED=$(now_ms)
kill_db db1
until db_states | grep -Eq 'db2 (wait_primary|primary) (wait_primary|primary)'; do
    [ $(( $(now_ms) - KILLED )) -gt 180000 ] && { log "db2 was not promoted within 180 s"; break; }
    sleep 0.5
done
log "monitor: db2 promoted $(( ($(now_ms) - KILLED) / 1000 )) s after the kill; states: $(db_states)"
log "new primary's replication: $(psql_primary $((PG_BASE + 2)) "select 'synchronous_standby_names=' || quote_literal(current_setting('synchronous_standby_names'))" 2>&1)"
sleep $(( BETWEEN - ($(now_ms) - KILLED) / 1000 ))

log "kill -9 of application node 1 (pid ${NODE_PID[1]})"
echo "application-node $(now_ms)" >> "$OUT/kills.txt"
kill -9 "${NODE_PID[1]}"
unset 'NODE_PID[1]'
sleep 5
SESSION_LB=$(python3 "$HERE/load.py" session "$URL" "$OUT/session.cookies")
SESSION_NODE2=$(python3 "$HERE/load.py" session "http://127.0.0.1:$((BASE + 2))" "$OUT/session.cookies")
sleep $(( AFTER - 5 ))

touch "$OUT/stop"
wait "$LOAD_PID"
LOAD_PID=""
echo
echo "=== failover drill, $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg) ==="
python3 "$HERE/load.py" report "$OUT"
echo "session signed in before the node kill, after it: through HAProxy $SESSION_LB; on node 2 directly $SESSION_NODE2"
python3 "$HERE/load.py" verify "$URL" "$OUT"
VERIFIED=$?
echo "database states at the end: $(db_states)"
# The surviving node's view of replication: alone after the failover, it must say so (issue 19).
echo "node 2's health at the end: $(curl -s "http://127.0.0.1:$((BASE + 12))/actuator/health")"
grep -h -E 'ERROR|Exception' "$HA_DIR"/node*.log | cut -c1-200 | sort | uniq -c | sort -rn | head -5 | sed 's/^/  node log: /'
exit $VERIFIED
