#!/usr/bin/env bash
# What row-level security costs a list page: a committee page listing 500 labelled sessions, signed
# in as planner.mar, under wrk — once with the policies on (as always), once with row-level
# security disabled on the two tables. Both runs keep the application's own filter.
#
# Usage: bench/rls-overhead.sh [JVM options...]   (build first: ./mvnw -DskipTests package)
# Needs: curl, wrk, psql (apt-get install wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=$(ls target/entente-*.jar | head -1)
PORT=${PORT:-18081}
DATA=$(mktemp -d)
DURATION=${DURATION:-20s}
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT

java "$@" -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true > "$DATA/app.log" 2>&1 &
APP=$!
until curl -sf "http://localhost:$PORT/actuator/health" | grep -q UP; do sleep 0.2; done
PG_PORT=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$DATA/app.log" | grep -o '[0-9]*$')
psql() { command psql -q -h localhost -p "$PG_PORT" -U postgres -d entente -v ON_ERROR_STOP=1 "$@"; }

# A committee of the host with 500 sessions: a third RESTRICTED // REL TO MAR, ISR, a third
# CONFIDENTIAL // MAR, a third SECRET // MAR (which planner.mar, CONFIDENTIAL, does not see).
COMMITTEE=$(psql -At -c "
    insert into committees.committee (code, kind, name, parties, classification, owner_nation, releasable_to)
    values ('BENCH', 'WORKING_GROUP', '{\"en\": \"Bench group\"}', '{ISR,MAR}', 1, 'MAR', '{ISR}') returning id")
psql -c "
    insert into committees.session (committee_id, number, start_date, end_date, host_nation, city, status,
                                    classification, owner_nation, releasable_to)
    select $COMMITTEE, n, date '2020-01-01' + n, date '2020-01-01' + n, 'MAR', '{\"en\": \"Rabat\"}', 'HELD',
           1 + n % 3, 'MAR', case when n % 3 = 0 then '{ISR}'::char(3)[] else '{}' end
      from generate_series(1, 500) n"

TOKEN=$(curl -s -c "$DATA/cookies" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -b "$DATA/cookies" -c "$DATA/cookies" -o /dev/null --data-urlencode "username=planner.mar" \
    --data-urlencode "password=Entente-Demo-2026" --data-urlencode "_csrf=$TOKEN" "http://localhost:$PORT/login"
SESSION=$(awk '$6 == "ENTENTE_SESSION" { print $7 }' "$DATA/cookies")
URL="http://localhost:$PORT/committees/$COMMITTEE"
ROWS=$(curl -s -H "Cookie: ENTENTE_SESSION=$SESSION" "$URL" | grep -c '<td><time' || true)
echo "sessions listed for planner.mar: $ROWS of 500"

run() {
    wrk -t2 -c4 -d"$DURATION" -H "Cookie: ENTENTE_SESSION=$SESSION" -s bench/percentiles.lua "$URL" | tail -1
}
rls() {
    psql -c "alter table committees.session $1 row level security; alter table committees.committee $1 row level security"
}
# Warm the JIT first, then alternate, so that neither side profits from running later.
wrk -t2 -c4 -d20s -H "Cookie: ENTENTE_SESSION=$SESSION" "$URL" > /dev/null
for round in 1 2 3; do
    echo "round $round, with row-level security:    $(run)"
    rls disable
    echo "round $round, without row-level security: $(run)"
    rls enable
done
