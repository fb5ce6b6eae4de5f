#!/bin/bash
# Issue 18: where a comment write waits. From one start of the packaged jar with the demo and a local
# SMTP sink (bench/collab-setup.sh), a comment is written on an activity with 10 watchers by 8 concurrent
# users (wrk, form POST as planner.mar) while PostgreSQL's sessions are sampled every 0.1 s
# (pg_stat_activity: wait event, state, statement). Load-insensitive enough to compare two jars on a
# busy machine: the share of samples waiting on the audit trail's advisory lock ("Lock:advisory")
# says whether writers queue on the chain; latency means something only on a quiet machine.
#   ./mvnw -DskipTests package && bench/comment-write-locks.sh
#   JAR=/path/to/before.jar bench/comment-write-locks.sh     # the jar before, same sitting
# DURATION (default 20s), PORT (default 18087), SMTP_PORT (default 18027), JAR (default target/entente-*.jar).
# The figure of record (p95 <= 50 ms at 8 users) is bench/collab.sh part 1 on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/entente-*.jar | head -1)}
PORT=${PORT:-18087}
SMTP_PORT=${SMTP_PORT:-18027}
DURATION=${DURATION:-20s}
DATA=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; sleep 2; rm -rf "$DATA"' EXIT

source bench/collab-setup.sh
collab_sink
collab_start
collab_watchers
sign_in "$DATA/cookies" planner.mar
CSRF=$(curl -s -H "$COOKIE" "http://localhost:$PORT/comments/activity/$ACTIVITY" | form_token)
cat > "$DATA/comment.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "_csrf=$CSRF&body=A+remark+from+the+benchmark"
LUA
sed -n '/^done/,$p' bench/percentiles.lua >> "$DATA/comment.lua"
wrk -t1 -c1 -d3s -H "$COOKIE" -s "$DATA/comment.lua" "http://localhost:$PORT/comments/activity/$ACTIVITY" > /dev/null
sleep 3

before=$(psql -c "select count(*) from comments.comment")
(
    end=$((SECONDS + ${DURATION%s}))
    while [ $SECONDS -lt $end ]; do
        psql -c "select coalesce(wait_event_type, '-') || ':' || coalesce(wait_event, 'CPU') || ':' || state || ':'
                        || left(regexp_replace(query, '\s+', ' ', 'g'), 50)
                   from pg_stat_activity
                  where datname = 'entente' and state <> 'idle' and pid <> pg_backend_pid()"
        sleep 0.1
    done
) > "$DATA/waits.txt" &
SAMPLER=$!
echo "== comment write, 8 connections, $DURATION; load average $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c8 -d"$DURATION" -H "$COOKIE" -s "$DATA/comment.lua" "http://localhost:$PORT/comments/activity/$ACTIVITY" | grep median
wait "$SAMPLER" || true
echo "comments written: $(( $(psql -c "select count(*) from comments.comment") - before ))"
samples=$(wc -l < "$DATA/waits.txt")
advisory=$(grep -c '^Lock:advisory' "$DATA/waits.txt" || true)
echo "session samples: $samples, waiting on the audit trail's advisory lock: $advisory"
echo "== the most frequent (count, wait type:event:state:statement)"
sort "$DATA/waits.txt" | uniq -c | sort -rn | head -15
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
