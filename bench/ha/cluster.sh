# shellcheck shell=bash
# The whole high-availability topology on loopback, in one directory under /tmp (issue 19):
#   a pg_auto_failover monitor, a primary and a synchronous standby (PostgreSQL 15, Debian's
#   packages: apt-get install pg-auto-failover-cli postgresql-15-auto-failover haproxy),
#   the Entente schema and demo loaded once, two Entente nodes (the packaged jar,
#   -XX:+UseSerialGC -Xmx256m) and HAProxy in front, health-checked on /actuator/health/readiness.
# Sourced by drill.sh and throughput.sh: `ha_start` starts it, `ha_stop` (on EXIT) stops all of it.
#
# Ports (BASE, default 18480): HAProxy BASE, nodes BASE+1 and BASE+2 (management BASE+11, BASE+12),
# monitor PG_BASE (default 55440), databases PG_BASE+1 and PG_BASE+2.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR=${JAR:-$(ls "$ROOT"/target/entente-*.jar 2>/dev/null | grep -v original | head -1)}
BASE=${BASE:-18480}
PG_BASE=${PG_BASE:-55440}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
JVM_OPTIONS=${JVM_OPTIONS:--XX:+UseSerialGC -Xmx256m}
HA_DIR=""
OWNER_PASSWORD="owner-$RANDOM$RANDOM"
APP_PASSWORD="app-$RANDOM$RANDOM"
declare -A NODE_PID=()
declare -A DB_PGID=()

log() { printf '%s %s\n' "$(date -u +%H:%M:%S.%3N)" "$*"; }
now_ms() { date +%s%3N; }

# pg_autoctl and PostgreSQL refuse to run as root: run them as `postgres` when we are root.
as_pg() {
    local env=(env "XDG_CONFIG_HOME=$HA_DIR/xdg/config" "XDG_DATA_HOME=$HA_DIR/xdg/data"
        "XDG_RUNTIME_DIR=$HA_DIR/xdg/run" "PATH=$PG_BIN:$PATH" "PG_CONFIG=$PG_BIN/pg_config")
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "${env[@]}" "$@"; else "${env[@]}" "$@"; fi
}

monitor_uri() { echo "postgres://autoctl_node@127.0.0.1:$PG_BASE/pg_auto_failover?sslmode=disable"; }

# The nodes' states as the monitor sees them: "db1 primary primary|db2 secondary secondary".
db_states() {
    as_pg "$PG_BIN/psql" -qtAX -h 127.0.0.1 -p "$PG_BASE" -U autoctl_node -d pg_auto_failover -c \
        "select string_agg(nodename || ' ' || reportedstate || ' ' || goalstate, '|' order by nodename) from pgautofailover.node" 2>/dev/null
}

wait_for() { # seconds description command...
    local limit=$1 what=$2; shift 2
    local until=$(($(date +%s) + limit))
    until "$@" > /dev/null 2>&1; do
        if [ "$(date +%s)" -ge "$until" ]; then log "gave up waiting for $what"; return 1; fi
        sleep 0.5
    done
}

states_are() { [ "$(db_states)" = "$1" ]; }

# pg_auto_failover's defaults promote the standby about 50 s after the primary is lost: the monitor
# checks every 5 s, calls a node unhealthy after 20 s without news, then waits 30 s for the old
# primary to demote itself. FAST_FAILOVER=1 (the default here) shortens these to 2 s, 8 s and 10 s,
# and the keepers' own network-partition timeout (after which a primary that sees neither the
# monitor nor a standby demotes itself) from 20 s to 6 s: it must stay below the monitor's 8 + 10 s,
# or two primaries could accept writes at once. FAST_FAILOVER=0 keeps the defaults.
FAST_FAILOVER=${FAST_FAILOVER:-1}

tune_monitor() {
    as_pg "$PG_BIN/psql" -qtAX -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_BASE" -U postgres -d pg_auto_failover \
        -c "alter system set pgautofailover.health_check_period = 2000" \
        -c "alter system set pgautofailover.health_check_timeout = 2000" \
        -c "alter system set pgautofailover.health_check_retry_delay = 1000" \
        -c "alter system set pgautofailover.node_considered_unhealthy_timeout = 8000" \
        -c "alter system set pgautofailover.primary_demote_timeout = 10000" \
        -c "select pg_reload_conf()" > /dev/null
}

tune_keeper() { # name
    as_pg pg_autoctl config set --pgdata "$HA_DIR/$1" timeout.network_partition_timeout 6 > /dev/null &&
        as_pg pg_autoctl reload --pgdata "$HA_DIR/$1" > /dev/null 2>&1
}

start_db() { # name port
    local name=$1 port=$2
    # Its own process group, so that `kill -9 -PGID` takes the keeper and its PostgreSQL together
    # (the loss of the machine, not only of the postmaster, which the keeper would restart).
    setsid bash -c "$(declare -f as_pg); HA_DIR='$HA_DIR' PG_BIN='$PG_BIN' as_pg pg_autoctl create postgres \
        --pgdata '$HA_DIR/$name' --pgport $port --hostname 127.0.0.1 --name $name --auth trust --no-ssl \
        --dbname entente --pgctl '$PG_BIN/pg_ctl' --monitor '$(monitor_uri)' --run" \
        > "$HA_DIR/$name.log" 2>&1 &
    DB_PGID[$name]=$!
    disown "$!"
}

psql_primary() { # port sql
    as_pg "$PG_BIN/psql" -qtAX -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U postgres -d entente -c "$2"
}

start_node() { # number demo(true|false) [more arguments...]
    local n=$1 port=$((BASE + $1)) mport=$((BASE + 10 + $1)) demo=$2
    shift 2
    mkdir -p "$HA_DIR/node$n"
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$((PG_BASE + 1)),127.0.0.1:$((PG_BASE + 2))/entente?targetServerType=primary&hostRecheckSeconds=2" \
    SPRING_DATASOURCE_USERNAME=entente_app SPRING_DATASOURCE_PASSWORD="$APP_PASSWORD" \
    SPRING_FLYWAY_USER=entente_owner SPRING_FLYWAY_PASSWORD="$OWNER_PASSWORD" ENTENTE_APP_ROLE=entente_app \
    ENTENTE_SESSIONS=database ENTENTE_AUDIT_DIRECTORY="$HA_DIR/audit" \
    MANAGEMENT_SERVER_PORT=$mport MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=health,prometheus \
        java $JVM_OPTIONS -jar "$JAR" --server.port=$port --entente.data-dir="$HA_DIR/node$n" \
        --entente.demo="$demo" --entente.trusted-proxies=127.0.0.1 --entente.database.standby-expected=true "$@" > "$HA_DIR/node$n.log" 2>&1 &
    NODE_PID[$n]=$!
    disown "$!"
}

node_ready() { curl -sf "http://127.0.0.1:$((BASE + 10 + $1))/actuator/health/readiness" | grep -q UP; }

start_haproxy() {
    cat > "$HA_DIR/haproxy.cfg" <<EOF
global
    maxconn 2000
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # A request whose connection to a node fails is sent to the other node (never one a node has begun to answer).
    retries 2
    option redispatch
frontend entente
    bind 127.0.0.1:$BASE
    # The first node alone, for comparisons (throughput.sh).
    bind 127.0.0.1:$((BASE + 5))
    default_backend nodes
backend nodes
    balance roundrobin
    use-server node1 if { dst_port $((BASE + 5)) }
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server node1 127.0.0.1:$((BASE + 1)) check port $((BASE + 11))
    server node2 127.0.0.1:$((BASE + 2)) check port $((BASE + 12))
EOF
    haproxy -f "$HA_DIR/haproxy.cfg" -db > "$HA_DIR/haproxy.log" 2>&1 &
    HAPROXY_PID=$!
}

ha_start_databases() {
    [ -f "$JAR" ] || { echo "no jar: run ./mvnw -DskipTests package (or JAR=…)"; exit 2; }
    for tool in pg_autoctl haproxy curl python3; do
        command -v "$tool" > /dev/null || { echo "needs $tool (apt-get install pg-auto-failover-cli postgresql-15-auto-failover haproxy curl python3)"; exit 2; }
    done
    HA_DIR=$(mktemp -d /tmp/entente-ha.XXXXXX)
    chmod 755 "$HA_DIR"
    mkdir -p "$HA_DIR/xdg/config" "$HA_DIR/xdg/data" "$HA_DIR/xdg/run" "$HA_DIR/audit"
    chmod 700 "$HA_DIR/xdg/run"
    [ "$(id -u)" = 0 ] && chown -R postgres: "$HA_DIR/xdg" && chown postgres: "$HA_DIR"
    log "topology in $HA_DIR; jar $JAR"

    local t0; t0=$(now_ms)
    setsid bash -c "$(declare -f as_pg); HA_DIR='$HA_DIR' PG_BIN='$PG_BIN' as_pg pg_autoctl create monitor \
        --pgdata '$HA_DIR/monitor' --pgport $PG_BASE --hostname 127.0.0.1 --auth trust --no-ssl \
        --pgctl '$PG_BIN/pg_ctl' --run" > "$HA_DIR/monitor.log" 2>&1 &
    MONITOR_PGID=$!
    wait_for 120 "the monitor" as_pg "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_BASE" -d pg_auto_failover
    wait_for 60 "the monitor's extension" db_states

    if [ "$FAST_FAILOVER" = 1 ]; then tune_monitor; fi

    start_db db1 $((PG_BASE + 1))
    wait_for 180 "db1 as single primary" states_are "db1 single single"
    # The application's two roles (owner of the schemas; the application's, bound by row-level
    # security), with passwords; created on the primary, they reach the standby by replication.
    psql_primary $((PG_BASE + 1)) "
        create role entente_owner login password '$OWNER_PASSWORD';
        create role entente_app login nosuperuser nobypassrls nocreatedb nocreaterole password '$APP_PASSWORD';
        alter database entente owner to entente_owner;
        revoke all on database entente from public;
        grant connect on database entente to entente_app;
        grant pg_monitor to entente_app;"
    # Password sign-in for them on loopback, ahead of pg_auto_failover's own rules; the standby's
    # base backup copies this file.
    as_pg sed -i "1i host entente entente_owner,entente_app 127.0.0.1/32 scram-sha-256" "$HA_DIR/db1/pg_hba.conf"
    psql_primary $((PG_BASE + 1)) "select pg_reload_conf()" > /dev/null

    start_db db2 $((PG_BASE + 2))
    wait_for 300 "db1 primary, db2 secondary" states_are "db1 primary primary|db2 secondary secondary"
    if [ "$FAST_FAILOVER" = 1 ]; then tune_keeper db1 && tune_keeper db2; fi
    log "databases ready in $(( ($(now_ms) - t0) / 1000 )) s: $(db_states)"
    log "primary's replication: $(psql_primary $((PG_BASE + 1)) "select 'synchronous_commit=' || current_setting('synchronous_commit') || ', synchronous_standby_names=' || current_setting('synchronous_standby_names')")"
}

ha_start() {
    ha_start_databases

    # Migrations and the demo once, on the first node; the second finds both done.
    t0=$(now_ms)
    start_node 1 true
    wait_for 1800 "node 1 ready" node_ready 1 || { tail -30 "$HA_DIR/node1.log"; exit 1; }
    log "node 1 ready (schema and demo loaded) in $(( ($(now_ms) - t0) / 1000 )) s"
    t0=$(now_ms)
    start_node 2 true
    wait_for 1800 "node 2 ready" node_ready 2 || { tail -30 "$HA_DIR/node2.log"; exit 1; }
    log "node 2 ready in $(( ($(now_ms) - t0) / 1000 )) s"
    start_haproxy
    wait_for 30 "HAProxy" curl -sf "http://127.0.0.1:$BASE/login"
    log "HAProxy on http://127.0.0.1:$BASE"
}

# The loss of a database machine: its keeper and PostgreSQL, all processes, SIGKILL.
kill_db() { # name
    local name=$1 pid
    pid=$(head -1 "$HA_DIR/$name/postmaster.pid" 2>/dev/null || true)
    kill -9 -- "-${DB_PGID[$name]}" 2>/dev/null || true
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
}

ha_stop() {
    local status=$?
    [ -n "$HA_DIR" ] || return "$status"
    log "stopping everything started under $HA_DIR"
    [ -n "${LOAD_PID:-}" ] && kill "$LOAD_PID" 2>/dev/null
    [ -n "${HAPROXY_PID:-}" ] && kill "$HAPROXY_PID" 2>/dev/null
    for n in "${!NODE_PID[@]}"; do kill "${NODE_PID[$n]}" 2>/dev/null; done
    for n in "${!NODE_PID[@]}"; do
        for _ in $(seq 40); do kill -0 "${NODE_PID[$n]}" 2>/dev/null || break; sleep 0.5; done
        kill -9 "${NODE_PID[$n]}" 2>/dev/null
    done
    for name in db2 db1 monitor; do
        [ -d "$HA_DIR/$name" ] && as_pg pg_autoctl stop --pgdata "$HA_DIR/$name" --immediate > /dev/null 2>&1
    done
    sleep 2
    for name in "${!DB_PGID[@]}"; do kill -9 -- "-${DB_PGID[$name]}" 2>/dev/null; done
    [ -n "${MONITOR_PGID:-}" ] && kill -9 -- "-$MONITOR_PGID" 2>/dev/null
    for name in db1 db2 monitor; do
        pid=$(head -1 "$HA_DIR/$name/postmaster.pid" 2>/dev/null) && kill -9 "$pid" 2>/dev/null
    done
    if [ -n "${KEEP:-}" ]; then log "kept $HA_DIR (KEEP set)"; else rm -rf "$HA_DIR"; fi
    return "$status"
}
