#!/usr/bin/env bash
# Backup and restore, tested (docs/operations.md#backups-of-an-external-database): a PostgreSQL 15
# with WAL archiving, Entente (schema and demo) on it, a base backup (pg_basebackup), then writes
# made AFTER the base backup (load.py, every acknowledged one logged); the server is then killed
# and its data directory deleted; the base backup is restored and the archived WAL replayed; Entente
# starts on the restored database and every acknowledged write is read back and the audit chain
# verified (load.py verify), and an attachment uploaded after the base backup (ATTACHMENT_MB,
# default 5, of base64 text: its chunks come back from the archived WAL) is downloaded and compared
# byte for byte (sha256). Everything runs on loopback under one /tmp directory, stopped on exit.
#
# Usage: ./mvnw -DskipTests package && bench/ha/backup-restore.sh     (KEEP=1 keeps the directory)
#        ENTENTE=0 bench/ha/backup-restore.sh   PostgreSQL alone, no jar: the writes after the base
#        backup are 200 committed INSERTs into a table of its own, each logged, all checked after the
#        restore (for a machine too loaded to start Entente twice in reasonable time)
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BASE=${BASE:-18580}
PG_BASE=${PG_BASE:-55450}
# shellcheck source=cluster.sh
. "$HERE/cluster.sh"
PORT=$((PG_BASE + 1))
DB_PID=""

pg_start() { as_pg "$PG_BIN/pg_ctl" -D "$HA_DIR/pg" -l "$HA_DIR/pg.log" -w -t 300 start > /dev/null; }

stop_all() {
    local status=$?
    # Without this, errexit (set -e below) ends the trap at its first failing command: the node's
    # kill -9 once it has stopped by itself, leaving PostgreSQL running and the script failing
    # after a successful run (seen in the first full run, ha19e).
    set +e
    if [ -n "${NODE_PID[1]:-}" ]; then
        kill "${NODE_PID[1]}" 2>/dev/null && sleep 3
        kill -9 "${NODE_PID[1]}" 2>/dev/null
    fi
    as_pg "$PG_BIN/pg_ctl" -D "$HA_DIR/pg" -m immediate stop > /dev/null 2>&1
    if [ -n "${KEEP:-}" ]; then log "kept $HA_DIR"; else rm -rf "$HA_DIR"; fi
    return "$status"
}
trap stop_all EXIT
set -e
HA_DIR=$(mktemp -d /tmp/entente-backup.XXXXXX)
chmod 755 "$HA_DIR"
mkdir -p "$HA_DIR/wal" "$HA_DIR/audit" "$HA_DIR/xdg/run"
[ "$(id -u)" = 0 ] && chown -R postgres: "$HA_DIR"

log "a PostgreSQL with WAL archiving in $HA_DIR/pg (archive: $HA_DIR/wal)"
as_pg "$PG_BIN/initdb" -D "$HA_DIR/pg" -U postgres --auth=trust > /dev/null
cat >> "$HA_DIR/pg/postgresql.conf" <<EOF
port = $PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$HA_DIR/xdg/run'
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $HA_DIR/wal/%f && cp %p $HA_DIR/wal/%f'
archive_timeout = 60
EOF
pg_start
psql_primary() { as_pg "$PG_BIN/psql" -qtAX -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d "${2:-entente}" -c "$1"; }
psql_primary "create database entente" postgres
psql_primary "
    create role entente_owner login password '$OWNER_PASSWORD';
    create role entente_app login nosuperuser nobypassrls nocreatedb nocreaterole password '$APP_PASSWORD';
    alter database entente owner to entente_owner;
    revoke all on database entente from public;
    grant connect on database entente to entente_app;"

ENTENTE=${ENTENTE:-1}
start_restore_node() {
    [ "$ENTENTE" = 1 ] || return 0
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PORT/entente" \
    SPRING_DATASOURCE_USERNAME=entente_app SPRING_DATASOURCE_PASSWORD="$APP_PASSWORD" \
    SPRING_FLYWAY_USER=entente_owner SPRING_FLYWAY_PASSWORD="$OWNER_PASSWORD" ENTENTE_APP_ROLE=entente_app \
    ENTENTE_SESSIONS=database ENTENTE_AUDIT_DIRECTORY="$HA_DIR/audit" MANAGEMENT_SERVER_PORT=$((BASE + 11)) \
        java $JVM_OPTIONS -jar "$JAR" --server.port=$((BASE + 1)) --entente.data-dir="$HA_DIR/node1" \
        --entente.demo=true > "$HA_DIR/node1-$1.log" 2>&1 &
    NODE_PID[1]=$!
    wait_for 900 "Entente on the $1 database" node_ready 1
}
start_restore_node original
if [ "$ENTENTE" = 1 ]; then log "Entente ready on it (schema and demo loaded)"; else
    psql_primary "create table drill (id bigserial primary key, body text not null)"
    psql_primary "insert into drill (body) select 'before the backup ' || n from generate_series(1, 1000) n"
fi

as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PORT" -U postgres -D "$HA_DIR/base" -Ft -z -X none -c fast
log "base backup taken: $(du -sh "$HA_DIR/base" | cut -f1) ($(ls "$HA_DIR/base" | tr '\n' ' '))"

URL="http://127.0.0.1:$((BASE + 1))"
# csrf PATH: the CSRF token of a page, read with the cookie jar; planner: planner.mar signed in in it.
csrf() { curl -s -b "$HA_DIR/cookies" -c "$HA_DIR/cookies" "$URL$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
planner() {
    rm -f "$HA_DIR/cookies"
    curl -s -b "$HA_DIR/cookies" -c "$HA_DIR/cookies" -o /dev/null --data-urlencode "username=planner.mar" \
        --data-urlencode "password=Entente-Demo-2026" --data-urlencode "_csrf=$(csrf /login)" "$URL/login"
}
if [ "$ENTENTE" = 1 ]; then
    python3 "$HERE/load.py" run "$URL" "$HA_DIR/load" 30 2 > "$HA_DIR/load.log" 2>&1
    log "after the base backup: $(wc -l < "$HA_DIR/load/acked.jsonl") acknowledged writes"
    planner
    COMMITTEE=$(curl -s -b "$HA_DIR/cookies" "$URL/committees" | grep -o 'href="/committees/[0-9]*"' | head -1 | grep -o '[0-9]*')
    TOKEN=$(csrf "/committees/$COMMITTEE")
    head -c $(( ${ATTACHMENT_MB:-5} * 786432 )) /dev/urandom | base64 > "$HA_DIR/attachment.txt"
    SHA=$(sha256sum "$HA_DIR/attachment.txt" | cut -d' ' -f1)
    status=$(curl -s -b "$HA_DIR/cookies" -o /dev/null -w '%{http_code}' -F "file=@$HA_DIR/attachment.txt;filename=restored.txt" \
        "$URL/attachments/committee/$COMMITTEE?_csrf=$TOKEN")
    ATTACHMENT=$(curl -s -b "$HA_DIR/cookies" "$URL/committees/$COMMITTEE" | grep -o 'href="/attachments/[0-9]*"' | grep -o '[0-9]*' | sort -n | tail -1)
    log "after the base backup: attachment $ATTACHMENT uploaded ($status, $(du -h "$HA_DIR/attachment.txt" | cut -f1), sha256 $SHA)"
    kill "${NODE_PID[1]}"; wait "${NODE_PID[1]}" 2>/dev/null || true; NODE_PID[1]=""
else
    for n in $(seq 200); do # one transaction each; a row is logged only once its COMMIT returned
        psql_primary "insert into drill (body) values ('after the backup $n') returning id || ' after the backup $n'" >> "$HA_DIR/acked.txt"
    done
    log "after the base backup: $(wc -l < "$HA_DIR/acked.txt") acknowledged writes"
fi
# The last WAL segment reaches the archive (in life: archive_timeout, or streaming with pg_receivewal).
psql_primary "select pg_switch_wal()" > /dev/null
sleep 3
log "the server is lost: kill -9, data directory deleted"
kill -9 "$(head -1 "$HA_DIR/pg/postmaster.pid")"
rm -rf "$HA_DIR/pg"

as_pg mkdir -p "$HA_DIR/pg"
as_pg chmod 700 "$HA_DIR/pg"
as_pg tar -xzf "$HA_DIR/base/base.tar.gz" -C "$HA_DIR/pg"
as_pg touch "$HA_DIR/pg/recovery.signal"
echo "restore_command = 'cp $HA_DIR/wal/%f %p'" | as_pg tee -a "$HA_DIR/pg/postgresql.conf" > /dev/null
t0=$(now_ms)
pg_start
recovered() { [ "$(psql_primary "select pg_is_in_recovery()" 2>/dev/null)" = f ]; }
wait_for 300 "recovery to end" recovered
log "restored: base backup plus $(ls "$HA_DIR/wal" | grep -vc history) archived WAL segments replayed in $(( ($(now_ms) - t0) / 1000 )) s"

start_restore_node restored
echo "=== backup and restore, $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg) ==="
if [ "$ENTENTE" = 1 ]; then
    python3 "$HERE/load.py" verify "$URL" "$HA_DIR/load"
    planner
    curl -s -b "$HA_DIR/cookies" -o "$HA_DIR/downloaded" "$URL/attachments/$ATTACHMENT"
    GOT=$(sha256sum "$HA_DIR/downloaded" | cut -d' ' -f1)
    echo "attachment $ATTACHMENT uploaded after the base backup, downloaded after the restore: $(stat -c %s "$HA_DIR/downloaded") bytes," \
        "$([ "$GOT" = "$SHA" ] && echo "byte for byte the same" || echo "DIFFERENT (sha256 $GOT, expected $SHA)")"
    [ "$GOT" = "$SHA" ]
else
    psql_primary "select id || ' ' || body from drill where body like 'after%' order by id" > "$HA_DIR/restored.txt"
    lost=$(comm -23 <(sort "$HA_DIR/acked.txt") <(sort "$HA_DIR/restored.txt") | wc -l)
    echo "rows before the backup: $(psql_primary "select count(*) from drill where body like 'before%'") of 1000;" \
        "acknowledged after it: $(wc -l < "$HA_DIR/acked.txt"); restored: $(wc -l < "$HA_DIR/restored.txt"); LOST: $lost"
    [ "$lost" = 0 ]
fi
