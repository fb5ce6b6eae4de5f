# Sourced by bench/collab.sh and bench/collab-cost.sh (issue 18), with DATA, JAR, PORT and SMTP_PORT
# set: collab_sink starts the local SMTP sink (a Python one, counting what it receives in
# $DATA/smtp.count); collab_start [options...] starts the jar with the demo and that sink, waits
# until it is up and sets APP and PG_PORT; psql and sign_in FILE [USER] (which sets COOKIE) are
# bench/entente-on-data.sh's; collab_watchers makes the activity with 10 watchers the comment figures
# need and sets ACTIVITY and WATCHERS.
source bench/entente-on-data.sh
collab_sink() {
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
}

collab_start() {
    java -XX:+UseSerialGC -Xmx256m -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true \
        --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" --entente.mail.poll=1s "$@" >> "$DATA/app.log" 2>&1 &
    APP=$!
    until curl -sf "http://localhost:$PORT/actuator/health" | grep -q UP; do sleep 0.5; done
    PG_PORT=$(grep -a -o 'Embedded PostgreSQL started on port [0-9]*' "$DATA/app.log" | grep -o '[0-9]*$' | tail -1)
}

form_token() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }

# The demo has 6 accounts of Morocco and Israel besides planner.mar: four more are created as an
# administrator would, through admin.mar's page (bench.watcher1..4, each linked to one of the Moroccan
# person records it offers), never by changing the demo's own accounts. Then the activity: a joint
# Israel – Morocco one; ten watchers who may read it, each with an address, told at once.
collab_watchers() {
    local page token people clearance status i COOKIE # the administrator's session stays here
    if [ "$(psql -c "select count(*) from identity.account where username like 'bench.watcher%'")" -lt 4 ]; then
        sign_in "$DATA/admin.cookies" admin.mar
        page=$(curl -s -b "$DATA/admin.cookies" "http://localhost:$PORT/admin/accounts")
        token=$(echo "$page" | form_token)
        people=($(echo "$page" | sed -n '/name="person"/,/<\/select>/p' | grep -o 'option value="[0-9][0-9]*"' | grep -o '[0-9][0-9]*'))
        [ ${#people[@]} -ge 4 ] || { echo "!! the administrators' page offers ${#people[@]} person records, 4 needed"; exit 1; }
        # The second marking the page offers (the lowest above UNCLASSIFIED), as the page spells it.
        clearance=$(echo "$page" | sed -n '/id="new-clearance"/,/<\/select>/p' | grep -o 'option value="[^"]*"' | sed -n 2p | cut -d'"' -f2)
        for i in 1 2 3 4; do
            status=$(curl -s -o /dev/null -w '%{http_code}' -b "$DATA/admin.cookies" --data-urlencode "_csrf=$token" \
                --data-urlencode "username=bench.watcher$i" --data-urlencode "clearance=$clearance" \
                --data-urlencode "language=fr" --data-urlencode "person=${people[$((i - 1))]}" \
                "http://localhost:$PORT/admin/accounts")
            [ "$status" = 200 ] || { echo "!! creating bench.watcher$i answered $status"; exit 1; }
        done
    fi
    ACTIVITY=$(psql -c "select min(a.id) from workplans.activity a join workplans.plan p on p.id = a.plan_id
                         where p.committee_code = 'JMC-ISR-MAR' and a.classification <= 1 and 'ISR' = any(a.releasable_to)")
    psql -c "insert into comments.watch (account, record_type, record_id)
             select lower(username), 'activity', $ACTIVITY from identity.account
              where enabled and nation in ('MAR', 'ISR') and lower(username) <> 'planner.mar' order by username limit 10
             on conflict do nothing"
    psql -c "insert into notifications.mail_setting (username, address, choice)
             select lower(username), lower(username) || '@example.org', 'IMMEDIATE' from identity.account
             on conflict (username) do update set address = excluded.address, choice = 'IMMEDIATE'"
    WATCHERS=$(psql -c "select count(*) from comments.watch where record_type = 'activity' and record_id = $ACTIVITY")
    echo "activity $ACTIVITY, watchers: $WATCHERS"
    [ "$WATCHERS" -ge 10 ] || { echo "!! the activity has $WATCHERS watchers, the issue's figure needs 10"; exit 1; }
}
