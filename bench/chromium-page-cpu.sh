#!/usr/bin/env bash
# Chromium's CPU per page load, the way the browser tests load pages (BrowserTest's flags, a fresh
# browser context per round, a signed-in planner, Arabic and English in turn): per page, and per
# Chromium process kind (browser, GPU, network, renderers). For weighing a Chromium flag or a page's
# cost to the build: CPU-s, not wall time, so that it can be compared on a loaded machine.
#
#   ./mvnw -DskipTests package
#   bench/chromium-page-cpu.sh [ROUNDS] ["--extra-flag --another"]     # ROUNDS default 4
#
# JAR=... measures another build, PORT (default 18090) another port. Needs the Playwright jars in
# ~/.m2 (any build of the tests fetched them) and Debian's /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${1:-4}
FLAGS=${2:-}
JAR=${JAR:-$(ls target/entente-*.jar | head -1)}
PORT=${PORT:-18090}
DATA=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; wait; rm -rf "$DATA"' EXIT
trap 'exit 1' INT TERM

version=$(sed -n 's:.*<playwright.version>\(.*\)</playwright.version>.*:\1:p' pom.xml)
repo=~/.m2/repository
CP=$(ls "$repo"/com/microsoft/playwright/{playwright,driver,driver-bundle}/"$version"/*-"$version".jar | tr '\n' ':')
CP="$CP$(ls "$repo"/com/google/code/gson/gson/*/gson-*.jar | grep -v sources | sort -V | tail -1)"

java -XX:+UseSerialGC -Xmx256m -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
    --entente.data-dir="$DATA" --entente.demo=true > "$DATA/app.log" 2>&1 &
for _ in $(seq 1200); do
    curl -sf "http://localhost:$PORT/actuator/health" | grep -q UP && break
    sleep 0.5
done
curl -sf "http://localhost:$PORT/actuator/health" | grep -q UP || { tail -20 "$DATA/app.log"; exit 1; }
echo "jar: $JAR, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp "$CP" bench/java/ChromiumPageCpu.java "$PORT" "$ROUNDS" "$FLAGS"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
