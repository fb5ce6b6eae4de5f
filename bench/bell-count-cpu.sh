#!/bin/bash
# The database's CPU per bell count (issue 18, collab18i): the statement NotificationStore.unread runs,
# prepared as the application role with a reader's settings, executed N times in one session; prints
# the session's backend CPU (utime + stime from /proc) per count. CPU rather than time, so that builds
# can be compared on a loaded machine; compare jars on copies of the same data set in the same sitting.
# The check is whatever the jar's migrations made of notifications.record_readable: V550's PL/pgSQL
# function per row before V830, the inlined SQL function from it. WHO (default planner.mar) and its
# NATION/CLEARANCE (default MAR 2) choose the reader.
#   KEEP=dir bench/bell-count-cpu.sh        # N (default 1000), ROUNDS (default 3), PORT (default 18087), JAR
# Needs psql on the machine that runs the jar (it reads the backend's /proc entry).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/entente-*.jar | head -1)}
PORT=${PORT:-18087}
N=${N:-1000}
ROUNDS=${ROUNDS:-3}
WHO=${WHO:-planner.mar}
NATION=${NATION:-MAR}
CLEARANCE=${CLEARANCE:-2}
OPTIONS=(-XX:+UseSerialGC -Xmx256m)
DATA=${KEEP:?KEEP=dir: a copy of a generated data set (the jar migrates it)}
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT

source bench/entente-on-data.sh
entente_start "$DATA/bell-count-app.log"

# The check as V830 asks it; before V830 the function returned a boolean and was called per row.
if [ "$(psql -c "select proretset from pg_proc where proname = 'record_readable'")" = t ]; then
    CHECK="exists (select from notifications.record_readable(n.record_type, n.record_id))"
else
    CHECK="notifications.record_readable(n.record_type, n.record_id)"
fi
SCRIPT=$(mktemp)
{
    echo "set role entente_app;"
    echo "select pg_backend_pid() as pid \\gset"
    echo "\\setenv PID :pid"
    echo "begin read only;"
    echo "select set_config('entente.nation', '$NATION', true), set_config('entente.clearance', '$CLEARANCE', true);"
    echo "prepare bell(text) as select count(*) from notifications.notification n"
    echo "  where recipient = \$1 and read_at is null and $CHECK;"
    echo "execute bell('$WHO');"
    for _ in $(seq 10); do echo "execute bell('$WHO');"; done
    echo "\\! awk '{print \"cpu-before\", \$14 + \$15}' /proc/\$PID/stat"
    for _ in $(seq "$N"); do echo "execute bell('$WHO');"; done
    echo "\\! awk '{print \"cpu-after\", \$14 + \$15}' /proc/\$PID/stat"
    echo "commit;"
} > "$SCRIPT"
echo "check: $CHECK"
echo "unread counted for $WHO: $(psql -c "set role entente_app" -c "begin" \
    -c "select set_config('entente.nation', '$NATION', true), set_config('entente.clearance', '$CLEARANCE', true)" \
    -c "select count(*) from notifications.notification n where recipient = '$WHO' and read_at is null and $CHECK" \
    -c "commit" | tail -1)"
TICK=$(getconf CLK_TCK)
for round in $(seq "$ROUNDS"); do
    psql -f "$SCRIPT" | awk -v n="$N" -v tick="$TICK" -v round="$round" -v load="$(cut -d' ' -f1 /proc/loadavg)" '
        $1 == "cpu-before" { before = $2 } $1 == "cpu-after" { after = $2 }
        END { printf "round %d: %.3f ms of the backend'"'"'s CPU per count (%d counts, load %s)\n", round, (after - before) * 1000 / tick / n, n, load }'
done
rm -f "$SCRIPT"
