#!/bin/bash
# What working together (issue 18) costs per request, counted rather than timed, so that two builds
# can be compared on a loaded machine: latency then means nothing, but statements per request do not
# depend on the load, and CPU per request much less than latency. From one start of the packaged jar
# with the demo and a local SMTP sink (bench/collab-setup.sh):
#   1. the fixed cost of a signed-in request: GET /notifications/bell (the fragment every page asks
#      for), one connection, keep-alive;
#   2. a comment written on an activity with 10 watchers (as bench/collab.sh sets it up), the work
#      after its commit (the watchers' notifications, mails not queued) counted with it;
#   3. mail delivery: 1,000 queued notices drained to the sink.
# For each: the JVM's CPU (user + system, all threads) and PostgreSQL's (every server process) per
# request, less what the same time idle costs (the scheduled jobs); then, over LOGGED requests with
# every statement logged, the statements and transactions per request and the statements by kind.
# JFR=1 adds the top frames of a flight recording of each part.
#   ./mvnw -DskipTests package && bench/collab-cost.sh
#   SESSIONS=database bench/collab-cost.sh      # sessions in PostgreSQL, as a cluster keeps them
# DURATION (default 20s: each CPU run), LOGGED (default 20), PORT (default 18086), SMTP_PORT (default
# 18026), JAR (default target/entente-*.jar), SESSIONS (memory|database).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/entente-*.jar | head -1)}
PORT=${PORT:-18086}
SMTP_PORT=${SMTP_PORT:-18026}
DURATION=${DURATION:-20s}
LOGGED=${LOGGED:-20}
SESSIONS=${SESSIONS:-memory}
DATA=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; sleep 2; rm -rf "$DATA"' EXIT

source bench/collab-setup.sh
collab_sink
collab_start --entente.sessions="$SESSIONS"
# Every statement is logged to a file of the server's while LOGGED requests run: the collector needs a restart.
psql -c "alter system set logging_collector = on" -c "alter system set log_directory = 'log'" \
    -c "alter system set log_filename = 'statements-%Y%m%d-%H%M%S.log'" > /dev/null
kill "$APP"
while kill -0 "$APP" 2>/dev/null; do sleep 0.5; done
collab_start --entente.sessions="$SESSIONS"
trap 'psql -c "alter system reset all" > /dev/null 2>&1 || true; kill $(jobs -p) 2>/dev/null || true; sleep 2; rm -rf "$DATA"' EXIT

# CPU time in milliseconds so far: the JVM's, and every PostgreSQL server process's.
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
jvm_ms() { echo $(( $(ticks "$APP") * 1000 / $(getconf CLK_TCK) )); }
pg_ms() {
    local master total=0 pid
    master=$(head -1 "$DATA/postgres/postmaster.pid")
    for pid in "$master" $(ps -o pid= --ppid "$master"); do total=$(( total + $(ticks "$pid") )); done
    echo $(( total * 1000 / $(getconf CLK_TCK) ))
}
seconds() { date +%s.%N; }
# Runs "$@" (which prints how many requests it made) with the CPU counted, less the CPU of as long idle
# just before: prints the CPU per request.
cpu_per() { # name command...
    local name=$1 j0 p0 t0 j1 p1 t1 n idle_j idle_p
    shift
    j0=$(jvm_ms); p0=$(pg_ms); t0=$(seconds)
    sleep "${DURATION%s}"
    idle_j=$(( $(jvm_ms) - j0 )); idle_p=$(( $(pg_ms) - p0 )); idle_t=$(echo "$(seconds) - $t0" | bc)
    j0=$(jvm_ms); p0=$(pg_ms); t0=$(seconds)
    n=$("$@")
    j1=$(jvm_ms); p1=$(pg_ms); t1=$(echo "$(seconds) - $t0" | bc)
    awk -v n="$n" -v j=$(( j1 - j0 )) -v p=$(( p1 - p0 )) -v t="$t1" -v ij="$idle_j" -v ip="$idle_p" -v it="$idle_t" \
        -v name="$name" 'BEGIN { bj = ij * t / it; bp = ip * t / it
            printf "%s: %d in %.1f s; CPU per request: JVM %.2f ms, PostgreSQL %.2f ms (idle, subtracted: %.0f and %.0f ms/s)\n",
                name, n, t, (j - bj) / n, (p - bp) / n, ij / it, ip / it }'
}
logging() { psql -c "alter system set log_min_duration_statement = $1" -c "select pg_reload_conf()" > /dev/null; }
transactions() { psql -c "select xact_commit + xact_rollback from pg_stat_database where datname = 'entente'"; }
# Runs "$@" (which prints how many requests it made) with every statement logged: prints them per request.
statements_per() { # command...
    local log from x0 n
    sleep 11 # backends report their transactions at most every 10 s when idle
    x0=$(transactions)
    log=$(ls -t "$DATA"/postgres/log/statements-*.log | head -1)
    from=$(wc -l < "$log")
    logging 0
    sleep 1
    n=$("$@")
    logging -1
    sleep 11
    awk -v n="$n" -v x=$(( $(transactions) - x0 - 3 )) 'BEGIN { printf "  %.2f transactions per request (those of the scheduled jobs too)\n", x / n }'
    tail -n +"$((from + 1))" "$log" | grep -a -E 'LOG:  duration: .* (execute [^:]*|statement): ' |
        grep -v 'log_min_duration_statement\|pg_reload_conf\|pg_stat_database\|event_publication where completion_date is null\|notifications.mail where status' |
        sed -E 's/.*(execute [^:]*|statement): //; s/^(.{0,90}).*/\1/' | sort | uniq -c | sort -rn |
        awk -v n="$n" '{ c = $1; $1 = ""; background = ($0 ~ /scheduled_lock|own_name_generation|from notifications.mail|^$/) ? " (scheduled job or idle check)" : ""
                         printf "%8.2f %s%s\n", c / n, substr($0, 2), background; total += c; if (background == "") ours += c }
                       END { printf "%8.2f statements per request in all, %.2f without the scheduled jobs and idle checks\n", total / n, ours / n }'
}
profile() { # name command...
    [ -n "${JFR:-}" ] || return 0
    local name=$1
    shift
    jcmd "$APP" JFR.start name=cost settings=profile filename="$DATA/cost.jfr" > /dev/null
    "$@" > /dev/null
    jcmd "$APP" JFR.stop name=cost > /dev/null
    jfr print --events jdk.ExecutionSample --stack-depth 64 "$DATA/cost.jfr" > "$DATA/samples.txt"
    echo "  JFR, $name: $(grep -c 'jdk.ExecutionSample' "$DATA/samples.txt") samples; the deepest frame of Entente's own code, then the top frame, top 12 each"
    awk '/jdk.ExecutionSample/ { first = ""; ours = ""; next }
        /line:/ { sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); if (first == "") first = $0
                  if (ours == "" && $0 ~ /^(org\.entente\.|gg\.jte\.generated\.)/) ours = $0; next }
        /^}/ { if (first != "") { print "O\t" (ours == "" ? "(none)" : ours); print "T\t" first }; first = "" }' \
        "$DATA/samples.txt" > "$DATA/frames.tsv"
    for kind in O T; do
        awk -F'\t' -v k=$kind '$1 == k { print $2 }' "$DATA/frames.tsv" | sort | uniq -c | sort -rn | head -12 | sed 's/^/    /'
        echo
    done
}

sign_in "$DATA/cookies" planner.mar
echo "jar: $JAR; sessions: $SESSIONS; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# Requests made by wrk on one connection for DURATION, or by curl one after the other: print how many.
wrk_count() { # path [lua]
    wrk -t1 -c1 -d"$DURATION" -H "$COOKIE" ${2:+-s "$2"} "http://localhost:$PORT$1" | awk '/requests in/ { print $1 }'
}
curl_count() { # n path
    local i
    for i in $(seq "$1"); do curl -s -o /dev/null -H "$COOKIE" "http://localhost:$PORT$2"; done
    echo "$1"
}

echo
echo "== 1. the bell, a signed-in request that asks one count"
BELL=/notifications/bell
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "$COOKIE" "http://localhost:$PORT$BELL")" = 200 ] || echo "!! the bell did not answer 200"
wrk_count "$BELL" > /dev/null # warm-up
cpu_per "  bell" wrk_count "$BELL"
statements_per curl_count "$LOGGED" "$BELL"
profile bell wrk_count "$BELL"

echo
echo "== 2. a comment on an activity with 10 watchers, with the work after its commit"
collab_watchers
CSRF=$(curl -s -H "$COOKIE" "http://localhost:$PORT/comments/activity/$ACTIVITY" | form_token)
cat > "$DATA/comment.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "_csrf=$CSRF&body=A+remark+from+the+benchmark"
LUA
# Waits until every publication is complete: the after-commit work is done.
settled() { until [ "$(psql -c "select count(*) from notifications.event_publication where completion_date is null")" = 0 ]; do sleep 0.2; done; }
comments_settled() { local n; n=$(wrk_count "/comments/activity/$ACTIVITY" "$DATA/comment.lua"); settled; echo "$n"; }
comments_logged() {
    local i
    for i in $(seq "$LOGGED"); do
        curl -s -o /dev/null -H "$COOKIE" -H 'Content-Type: application/x-www-form-urlencoded' \
            --data "_csrf=$CSRF&body=A+logged+remark" "http://localhost:$PORT/comments/activity/$ACTIVITY"
    done
    settled
    echo "$LOGGED"
}
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "$COOKIE" -H 'Content-Type: application/x-www-form-urlencoded' \
    --data "_csrf=$CSRF&body=warm" "http://localhost:$PORT/comments/activity/$ACTIVITY")
[ "$status" = 302 ] || echo "!! the comment form answered $status"
# Mails are measured on their own (part 3): here none is queued.
psql -c "update notifications.mail_setting set choice = 'NONE'"
comments_settled > /dev/null # warm-up
cpu_per "  comment write + after commit" comments_settled
statements_per comments_logged
profile "comment write" comments_settled

echo
echo "== 3. mail delivery: 1,000 notices queued at once, drained to the sink"
psql -c "update notifications.mail_setting set choice = 'IMMEDIATE'"
drained() { until [ "$(psql -c "select count(*) from notifications.mail where status = 'WAITING'")" = 0 ]; do sleep 0.5; done; }
AGREEMENT=$(psql -c "select min(id) from agreements.agreement where owner_nation = 'ISR' or 'ISR' = any(releasable_to)")
mails_drained() { # n
    local before
    before=$(cat "$DATA/smtp.count")
    psql -c "with n as (
               insert into notifications.notification (recipient, kind, record_type, record_id, href, title, dedupe_key,
                                                       classification, owner_nation, releasable_to)
               select 'planner.isr', 'AGREEMENT_RESUMED', 'agreement', a.id, '/agreements/' || a.id, '{\"en\": \"Bench\"}',
                      'cost:' || g || ':' || clock_timestamp(), a.classification, a.owner_nation, a.releasable_to
                 from agreements.agreement a, generate_series(1, $1) g where a.id = $AGREEMENT
               returning id, recipient)
             insert into notifications.mail (recipient, notification_id, kind) select recipient, id, 'NOTICE' from n"
    drained
    echo $(( $(cat "$DATA/smtp.count") - before ))
}
mails_drained 100 > /dev/null # warm-up
cpu_per "  mails" mails_drained 1000
statements_per mails_drained 200
profile "mail delivery" mails_drained 1000
