#!/bin/bash
# Where the time of the slow pages goes (issue 20, item 5): on a data directory bench/scale.sh
# generated (KEEP=dir), starts Entente with Java Flight Recorder, signs in as planner.mar and, at
# 1 user, requests each page N times (after a warm-up); then, per page, the top frames of JFR's
# execution samples (the method on top of the stack, and the first frame of our own code in it),
# in shares of the samples.
#   KEEP=dir bench/profile.sh [JVM options...]
# PROFILE_PATHS (default: the 500-activity plan, the dashboard, the committee page), N (default 100), PORT (default 18084), JAR (default target/entente-*.jar), TOP (default 15).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/entente-*.jar | head -1)}
PORT=${PORT:-18084}
N=${N:-100}
TOP=${TOP:-15}
OPTIONS=("$@")
[ ${#OPTIONS[@]} -gt 0 ] || OPTIONS=(-XX:+UseSerialGC -Xmx256m)
DATA=${KEEP:?KEEP=dir: a data directory that bench/scale.sh generated}
[ -f "$DATA/generated" ] || { echo "no generated data set in $DATA: run KEEP=$DATA bench/scale.sh first"; exit 1; }
OUT=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; sleep 2; rm -rf "$OUT"' EXIT

source bench/entente-on-data.sh
entente_start "$DATA/profile-app.log"

COMMITTEE=$(psql -c "select min(id) from committees.committee where code like 'G001-%'")
BIG=$(psql -c "select plan_id from workplans.activity group by plan_id having count(*) = 500 order by plan_id desc limit 1")
sign_in "$OUT/cookies"
PAGES=("500-activity plan|/workplans/$BIG" "year dashboard|/workplans/dashboard?year=2026"
    "committee page|/committees/$COMMITTEE")
# PROFILE_PATHS="/api/v1/me/todo /me/todo/count" profiles those paths instead.
[ -z "${PROFILE_PATHS:-}" ] || read -r -a PAGES <<< "$(for p in $PROFILE_PATHS; do printf '%s|%s ' "$p" "$p"; done)"

echo "jar: $JAR; JVM options: ${OPTIONS[*]}; $N sequential requests per page; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for page in "${PAGES[@]}"; do
    name=${page%%|*}
    path=${page#*|}
    for i in $(seq 20); do curl -s -o /dev/null -H "$COOKIE" -H 'Accept-Encoding: gzip' "http://localhost:$PORT$path"; done
    jcmd "$APP" JFR.start name=page settings=profile filename="$OUT/page.jfr" > /dev/null
    for i in $(seq "$N"); do curl -s -o /dev/null -H "$COOKIE" -H 'Accept-Encoding: gzip' "http://localhost:$PORT$path"; done
    jcmd "$APP" JFR.stop name=page > /dev/null
    jfr print --events jdk.ExecutionSample --stack-depth 64 "$OUT/page.jfr" > "$OUT/samples.txt"
    # SAMPLES=dir keeps each page's samples there, for reading whole stacks.
    [ -z "${SAMPLES:-}" ] || cp "$OUT/samples.txt" "$SAMPLES/$(echo "$path" | tr -c 'a-zA-Z0-9\n' _).txt"
    echo
    echo "### $name ($path): top of the stack, $(grep -c 'jdk.ExecutionSample' "$OUT/samples.txt") samples"
    # Per sample: the frame on top of the stack (T) and the first frame of Entente's own code, its
    # templates included (O).
    awk '/jdk.ExecutionSample/ { first = ""; ours = ""; next }
        /line:/ { sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); if (first == "") first = $0
                  if (ours == "" && $0 ~ /^(org\.entente\.|gg\.jte\.generated\.)/) ours = $0; next }
        /^}/ { if (first != "") { print "T\t" first; print "O\t" (ours == "" ? "(no Entente frame)" : ours) }
               first = "" }' "$OUT/samples.txt" > "$OUT/frames.tsv"
    for kind in T O; do
        [ $kind = T ] && echo "| top frame | share |" || echo "| first Entente frame on the stack | share |"
        echo "|---|---|"
        awk -F'\t' -v k=$kind '$1 == k { print $2 }' "$OUT/frames.tsv" | sort | uniq -c | sort -rn | head -"$TOP" |
            awk -v n="$(awk -F'\t' -v k=$kind '$1 == k' "$OUT/frames.tsv" | wc -l)" \
                '{ c = $1; $1 = ""; printf "| %s | %.0f %% |\n", substr($0, 2), c * 100 / n }'
        echo
    done
done
