#!/usr/bin/env bash
# Measures, on this machine, against the packaged jar:
#   1. the data generator: a fresh data directory with the demo and one generated committee whose
#      plans hold EXPORT_ROWS activities each (--entente.generate=1x2xEXPORT_ROWS), until it exits;
#   2. GET /api/v1/workplans/{id}/activities.xlsx of a plan of EXPORT_ROWS activities, signed in as
#      admin.mar (SECRET, who reads them all): wall time of each of RUNS requests after WARMUP;
#   3. POST /api/v1/workplans/{id}/activities.xlsx of IMPORT_ROWS rows (the first rows of that
#      export) into the generated plan still under negotiation, as planner.mar: RUNS imports.
# Times are curl's time_total on loopback (request sent to last byte received).
#
# Usage: bench/spreadsheet.sh    (build first: ./mvnw -DskipTests package)
# Needs: curl, python3 (to cut the export down to IMPORT_ROWS rows, with the JDK's own unzip).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=$(ls target/entente-*.jar | head -1)
PORT=${PORT:-18090}
EXPORT_ROWS=${EXPORT_ROWS:-5000}
IMPORT_ROWS=${IMPORT_ROWS:-1000}
RUNS=${RUNS:-5}
WARMUP=${WARMUP:-3}
DATA=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; sleep 2; rm -rf "$DATA"' EXIT
BASE="http://localhost:$PORT"

started=$(date +%s.%N)
java -XX:+UseSerialGC -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true \
    --entente.generate="1x2x$EXPORT_ROWS" > "$DATA/generate.log" 2>&1
echo "generator, demo + 1x2x$EXPORT_ROWS on a fresh data directory, start to exit: $(python3 -c "print(round($(date +%s.%N) - $started, 1))") s"
grep -o 'Generated .* in [0-9]* ms' "$DATA/generate.log" || true

java -XX:+UseSerialGC -Xmx512m -jar "$JAR" --server.port="$PORT" --entente.data-dir="$DATA" --entente.demo=true \
    > "$DATA/app.log" 2>&1 &
until curl -sf "$BASE/actuator/health" | grep -q UP; do sleep 0.2; done

# Signs in as a browser does; prints the session cookie and a CSRF token for the session.
sign_in() {
    local cookies="$DATA/cookies-$1" token
    token=$(curl -s -c "$cookies" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
    curl -s -b "$cookies" -c "$cookies" -o /dev/null \
        --data-urlencode "username=$1" --data-urlencode "password=Entente-Demo-2026" --data-urlencode "_csrf=$token" \
        "$BASE/login"
    token=$(curl -s -b "$cookies" "$BASE/account/password" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
    echo "$(awk '$6 == "ENTENTE_SESSION" { print $7 }' "$cookies") $token"
}

read -r ADMIN _ <<< "$(sign_in admin.mar)"
read -r PLANNER CSRF <<< "$(sign_in planner.mar)"

# The generated plans: the signed one (exported) and the one under negotiation (imported into).
# Plan ids are not guessed: the export of each candidate id is asked until one holds EXPORT_ROWS rows.
EXPORT_PLAN=""
IMPORT_PLAN=""
for id in $(seq 1 50); do
    code=$(curl -s -o "$DATA/probe.xlsx" -w '%{http_code}' -H "Cookie: ENTENTE_SESSION=$ADMIN" "$BASE/api/v1/workplans/$id/activities.xlsx")
    [ "$code" = 200 ] || continue
    rows=$(python3 - "$DATA/probe.xlsx" <<'EOF'
import re, sys, zipfile
xml = zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml").decode()
print(len(re.findall(r"<row ", xml)) - 1)
EOF
)
    if [ "$rows" -ge "$EXPORT_ROWS" ] && [ -z "$EXPORT_PLAN" ]; then EXPORT_PLAN=$id; cp "$DATA/probe.xlsx" "$DATA/export.xlsx"; fi
    if [ "$rows" -ge "$EXPORT_ROWS" ] && [ -n "$EXPORT_PLAN" ] && [ "$id" != "$EXPORT_PLAN" ]; then IMPORT_PLAN=$id; fi
done
[ -n "$EXPORT_PLAN" ] && [ -n "$IMPORT_PLAN" ] || { echo "generated plans not found"; exit 1; }

echo "export of plan $EXPORT_PLAN ($EXPORT_ROWS activities, $(stat -c %s "$DATA/export.xlsx") bytes), as admin.mar:"
for i in $(seq 1 "$WARMUP"); do
    curl -s -o /dev/null -H "Cookie: ENTENTE_SESSION=$ADMIN" "$BASE/api/v1/workplans/$EXPORT_PLAN/activities.xlsx"
done
for i in $(seq 1 "$RUNS"); do
    curl -s -o /dev/null -w '  %{time_total} s\n' -H "Cookie: ENTENTE_SESSION=$ADMIN" "$BASE/api/v1/workplans/$EXPORT_PLAN/activities.xlsx"
done

# The first IMPORT_ROWS activities of the export, as a workbook of their own (rows cut from the sheet).
python3 - "$DATA/export.xlsx" "$DATA/import.xlsx" "$IMPORT_ROWS" <<'EOF'
import re, sys, zipfile
source, target, keep = sys.argv[1], sys.argv[2], int(sys.argv[3])
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "xl/worksheets/sheet1.xml":
            xml = data.decode()
            rows = re.findall(r"<row .*?</row>", xml, re.S)
            start, end = xml.index(rows[0]), xml.rindex(rows[-1]) + len(rows[-1])
            xml = xml[:start] + "".join(rows[: keep + 1]) + xml[end:]
            xml = re.sub(r'<dimension ref="[^"]*"/>', "", xml)
            data = xml.encode()
        zout.writestr(item, data)
EOF
echo "import of $IMPORT_ROWS rows into plan $IMPORT_PLAN (under negotiation), as planner.mar:"
for i in $(seq 1 "$RUNS"); do
    curl -s -o "$DATA/import.json" -w '  %{time_total} s' -H "Cookie: ENTENTE_SESSION=$PLANNER" -H "X-CSRF-TOKEN: $CSRF" \
        -F "file=@$DATA/import.xlsx" "$BASE/api/v1/workplans/$IMPORT_PLAN/activities.xlsx"
    echo "  $(cat "$DATA/import.json" | head -c 200)"
done
