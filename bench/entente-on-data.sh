# Sourced by the benchmarks that run Entente on a generated data directory (scale.sh, profile.sh):
# entente_start LOG starts the jar on $DATA with $OPTIONS on $PORT, waits until it is up and sets APP
# and PG_PORT; psql runs a statement on its database; sign_in FILE [USER] signs in as USER (default planner.mar), keeping
# the cookies in FILE, and sets COOKIE (the session's header for curl and wrk).
entente_start() {
    java "${OPTIONS[@]}" -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true > "$1" 2>&1 &
    APP=$!
    until curl -sf "http://localhost:$PORT/actuator/health" | grep -q UP; do sleep 0.5; done
    PG_PORT=$(grep -a -o 'Embedded PostgreSQL started on port [0-9]*' "$1" | grep -o '[0-9]*$' | tail -1)
}
psql() { PGPASSWORD=$(cat "$DATA/database.password") command psql -q -h localhost -p "$PG_PORT" -U postgres -d entente -v ON_ERROR_STOP=1 -At "$@"; }
sign_in() { # sign_in FILE [USER, default planner.mar]
    local token
    token=$(curl -s -c "$1" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
    curl -s -b "$1" -c "$1" -o /dev/null --data-urlencode "username=${2:-planner.mar}" \
        --data-urlencode "password=Entente-Demo-2026" --data-urlencode "_csrf=$token" "http://localhost:$PORT/login"
    COOKIE="Cookie: ENTENTE_SESSION=$(awk '$6 == "ENTENTE_SESSION" { print $7 }' "$1")"
}
