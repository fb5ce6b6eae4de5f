#!/bin/bash
# Working together (issue 18), three figures from one start of the packaged jar with the demo and a
# local SMTP sink (a Python one, counting what it receives):
#   1. a comment written on an activity with 10 watchers, 8 concurrent users (wrk, form POST as
#      planner.mar; the notifications and mails are out of band, after the commit): p95 <= 50 ms;
#   2. the bell fragment every page polls, 1 and 8 connections: p95 <= 15 ms;
#   3. 1,000 mails queued at once, drained to the SMTP sink: <= 60 s (counted until none waits).
# The machine is shared: the load average is printed with each figure; compare only figures taken
# in the same sitting.
#   ./mvnw -DskipTests package && bench/collab.sh
# Needs curl, wrk, psql (postgresql-client), python3 (3.11: its smtpd module). DURATION (default
# 10s), PORT (default 18083), SMTP_PORT (default 18025), JAR (default target/entente-*.jar),
# KEEP=dir (reuse / keep the data directory).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/entente-*.jar | head -1)}
PORT=${PORT:-18083}
SMTP_PORT=${SMTP_PORT:-18025}
DURATION=${DURATION:-10s}
DATA=${KEEP:-$(mktemp -d)}
trap 'kill $(jobs -p) 2>/dev/null || true; sleep 2; [ -n "${KEEP:-}" ] || rm -rf "$DATA"' EXIT

# The SMTP sink: accepts every mail and counts them in a file.
python3 -W ignore - "$SMTP_PORT" "$DATA/smtp.count" <<'PY' &
import asyncore, smtpd, sys
port, counter = int(sys.argv[1]), sys.argv[2]
class Sink(smtpd.SMTPServer):
    received = 0
    def process_message(self, peer, sender, recipients, data, **kw):
        Sink.received += 1
        with open(counter, "w") as f:
            f.write(str(Sink.received))
Sink(("127.0.0.1", port), None, decode_data=False)
asyncore.loop()
PY
echo 0 > "$DATA/smtp.count"

java -XX:+UseSerialGC -Xmx256m -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true \
    --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" --entente.mail.poll=1s > "$DATA/app.log" 2>&1 &
APP=$!
until curl -sf "http://localhost:$PORT/actuator/health" | grep -q UP; do sleep 0.5; done
PG_PORT=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$DATA/app.log" | grep -o '[0-9]*$' | tail -1)
psql() { PGPASSWORD=$(cat "$DATA/database.password") command psql -q -h localhost -p "$PG_PORT" -U postgres -d entente -v ON_ERROR_STOP=1 -At "$@"; }

# The activity: a joint Israel – Morocco one; ten watchers who may read it (Moroccan and Israeli
# accounts), each with an address, told at once.
ACTIVITY=$(psql -c "select min(a.id) from workplans.activity a join workplans.plan p on p.id = a.plan_id
                     where p.committee_code = 'JMC-ISR-MAR' and a.classification <= 1 and 'ISR' = any(a.releasable_to)")
psql -c "insert into comments.watch (account, record_type, record_id)
         select lower(username), 'activity', $ACTIVITY from identity.account
          where enabled and nation in ('MAR', 'ISR') and lower(username) <> 'planner.mar' order by username limit 10
         on conflict do nothing"
psql -c "insert into notifications.mail_setting (username, address, choice)
         select lower(username), lower(username) || '@example.org', 'IMMEDIATE' from identity.account
         on conflict (username) do update set address = excluded.address, choice = 'IMMEDIATE'"
echo "activity $ACTIVITY, watchers: $(psql -c "select count(*) from comments.watch where record_type = 'activity' and record_id = $ACTIVITY")"

TOKEN=$(curl -s -c "$DATA/cookies" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -b "$DATA/cookies" -c "$DATA/cookies" -o /dev/null --data-urlencode "username=planner.mar" \
    --data-urlencode "password=Entente-Demo-2026" --data-urlencode "_csrf=$TOKEN" "http://localhost:$PORT/login"
COOKIE="Cookie: ENTENTE_SESSION=$(awk '$6 == "ENTENTE_SESSION" { print $7 }' "$DATA/cookies")"
CSRF=$(curl -s -H "$COOKIE" "http://localhost:$PORT/comments/activity/$ACTIVITY" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')

cat > "$DATA/comment.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "_csrf=$CSRF&body=A+remark+from+the+benchmark"
LUA
sed -n '/^done/,$p' bench/percentiles.lua >> "$DATA/comment.lua"

status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "$COOKIE" -H 'Content-Type: application/x-www-form-urlencoded' \
    --data "_csrf=$CSRF&body=warm" "http://localhost:$PORT/comments/activity/$ACTIVITY")
[ "$status" = 302 ] || echo "!! the comment form answered $status"
wrk -t1 -c2 -d3s -H "$COOKIE" "http://localhost:$PORT/notifications/bell" > /dev/null # warm-up

echo
echo "== comment write on an activity with 10 watchers (target p95 <= 50 ms at 8 users); load average $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c8 -d"$DURATION" -H "$COOKIE" -s "$DATA/comment.lua" "http://localhost:$PORT/comments/activity/$ACTIVITY" | grep median
for connections in 1 8; do
    echo "== bell fragment, $connections connection(s) (target p95 <= 15 ms); load average $(cut -d' ' -f1-3 /proc/loadavg)"
    wrk -t$(( connections > 1 ? 2 : 1 )) -c"$connections" -d"$DURATION" -H "$COOKIE" -s bench/percentiles.lua \
        "http://localhost:$PORT/notifications/bell" | grep median
done

# Let the comments' own mails go first, then queue 1,000 at once: notifications of planner.isr's
# about an agreement Israel reads, each with its mail.
until [ "$(psql -c "select count(*) from notifications.mail where status = 'WAITING'")" = 0 ]; do sleep 1; done
# (The demo releases no UNCLASSIFIED agreement to Israel: any it reads will do, its mails are capped.)
AGREEMENT=$(psql -c "select min(id) from agreements.agreement where owner_nation = 'ISR' or 'ISR' = any(releasable_to)")
before=$(cat "$DATA/smtp.count")
psql -c "with n as (
           insert into notifications.notification (recipient, kind, record_type, record_id, href, title, dedupe_key,
                                                   classification, owner_nation, releasable_to)
           select 'planner.isr', 'AGREEMENT_RESUMED', 'agreement', a.id, '/agreements/' || a.id, '{\"en\": \"Bench\"}',
                  'bench:' || g || ':' || clock_timestamp(), a.classification, a.owner_nation, a.releasable_to
             from agreements.agreement a, generate_series(1, 1000) g where a.id = $AGREEMENT
           returning id, recipient)
         insert into notifications.mail (recipient, notification_id, kind) select recipient, id, 'NOTICE' from n"
started=$(date +%s.%N)
until [ "$(psql -c "select count(*) from notifications.mail where status = 'WAITING'")" = 0 ]; do sleep 0.5; done
elapsed=$(echo "$(date +%s.%N) - $started" | bc)
echo "== 1,000 queued mails drained in ${elapsed} s (target <= 60 s); the sink received $(( $(cat "$DATA/smtp.count") - before )); load average $(cut -d' ' -f1-3 /proc/loadavg)"
