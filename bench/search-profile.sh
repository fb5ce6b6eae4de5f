#!/bin/bash
# What one search costs the server (issue 17): on a data directory bench/search.sh generated (KEEP=dir,
# never the original of a shared one: copy it), starts Entente, signs in as planner.mar and, at 1
# user, requests each search N times after a warm-up: CPU per request (the JVM's threads, and
# PostgreSQL's postmaster with its backends, from /proc), then N more under Java Flight Recorder:
# allocation per request (the weights of JFR's allocation samples) and where the JVM's samples and
# allocations are, by the first frame of Entente's own code (templates included) on their stack.
# CPU and allocation per request are what to compare between builds on a loaded machine; latency
# is not.
#   KEEP=dir bench/search-profile.sh [JVM options...]
# N (default 200), PORT (default 18085), JAR (default target/entente-*.jar), TOP (default 12), JFR_DIR
# (keep each recording there, for jfr print or JDK Mission Control).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/entente-*.jar | head -1)}
PORT=${PORT:-18085}
N=${N:-200}
TOP=${TOP:-12}
OPTIONS=("$@")
[ ${#OPTIONS[@]} -gt 0 ] || OPTIONS=(-XX:+UseSerialGC -Xmx256m)
DATA=${KEEP:?KEEP=dir: a copy of a data directory that bench/search.sh generated}
[ -f "$DATA/generated" ] || { echo "no generated data set in $DATA: run KEEP=$DATA bench/search.sh first"; exit 1; }
OUT=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; sleep 2; rm -rf "$OUT"' EXIT

source bench/entente-on-data.sh
entente_start "$DATA/search-profile-app.log"
sign_in "$OUT/cookies"
echo "jar: $JAR; JVM options: ${OPTIONS[*]}; $N sequential requests per search; load average $(cut -d' ' -f1-3 /proc/loadavg)"

q() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
PAGES=(
    "common Arabic word, results page|/search?q=$(q 'رقم')"
    "less common word, results page|/search?q=$(q 'مؤتمر')"
    "as you type, fragment|/search/suggestions?q=$(q 'مؤت')"
    "common word, API|/api/v1/search?q=$(q 'رقم')&size=20"
)
for page in "${PAGES[@]}"; do
    python3 - "$APP" "$DATA/postgres/postmaster.pid" "http://localhost:$PORT${page#*|}" "$COOKIE" "$N" "$TOP" \
        "${page%%|*}" "$OUT" <<'PYTHON'
import collections, json, os, re, subprocess, sys, time, urllib.request

app, pid_file, url, cookie, n, top, name, out = sys.argv[1:9]
n, top = int(n), int(top)
ticks = os.sysconf("SC_CLK_TCK")

def cpu(pid):
    """User and system time of a process (and of its children it has waited for), in ticks."""
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return sum(int(f) for f in fields[11:15])
    except OSError:
        return 0

def database():
    postmaster = open(pid_file).readline().strip()
    children = subprocess.run(["ps", "-o", "pid=", "--ppid", postmaster], capture_output=True, text=True).stdout.split()
    return cpu(postmaster) + sum(cpu(child) for child in children)

def run(times):
    for _ in range(times):
        request = urllib.request.Request(url, headers={"Cookie": cookie.split(": ", 1)[1]})
        with urllib.request.urlopen(request) as answer:
            answer.read()

run(50)
java, db, start = cpu(app), database(), time.time()
run(n)
java, db, wall = cpu(app) - java, database() - db, time.time() - start
recording = f"{out}/search.jfr"
subprocess.run(["jcmd", app, "JFR.start", "name=search", "settings=profile", f"filename={recording}"], capture_output=True, check=True)
run(n)
subprocess.run(["jcmd", app, "JFR.stop", "name=search"], capture_output=True, check=True)
if os.environ.get("JFR_DIR"):
    subprocess.run(["cp", recording, os.path.join(os.environ["JFR_DIR"], re.sub(r"\W+", "-", name) + ".jfr")], check=True)
events = json.loads(subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events",
                                    "jdk.ExecutionSample,jdk.ObjectAllocationSample", recording],
                                   capture_output=True, text=True, check=True).stdout)["recording"]["events"]

def frames(event):
    """The stack, top first: class.method, a lambda's class shortened, and its line."""
    return [re.sub(r"\$\$Lambda.*", "$$Lambda", frame["method"]["type"]["name"].replace("/", "."))
            + f".{frame['method']['name']}:{frame.get('lineNumber', '')}"
            for frame in (event["values"].get("stackTrace") or {}).get("frames", [])]

def ours(stack):
    return next((f for f in stack if f.startswith(("org.entente.", "gg.jte.generated."))), "(no Entente frame)")

samples, tops, allocated = collections.Counter(), collections.Counter(), collections.Counter()
for event in events:
    stack = frames(event)
    if event["type"] == "jdk.ExecutionSample":
        samples[ours(stack)] += 1
        tops[stack[0].rsplit(":", 1)[0] if stack else "(no frame)"] += 1
    elif "http-nio" in event["values"]["eventThread"]["javaName"]:
        allocated[ours(stack)] += event["values"]["weight"]
print(f"\n### {name} ({url.split('/', 3)[3]})")
print(f"{n / wall:.0f} requests/s at 1 user; per request: JVM CPU {java * 1000 / ticks / n:.2f} ms, "
      f"PostgreSQL CPU {db * 1000 / ticks / n:.2f} ms, allocated {sum(allocated.values()) / 1024 / n:.0f} KiB "
      f"(request threads, JFR's estimate)")
for title, counter in (("first Entente frame, CPU samples", samples), ("top frame, CPU samples", tops),
                       ("first Entente frame, allocation", allocated)):
    total = sum(counter.values()) or 1
    unit = "KiB per request" if counter is allocated else f"share of {total}"
    print(f"\n| {title} | {unit} |\n|---|---|")
    for frame, count in counter.most_common(top):
        print(f"| {frame} | {count / 1024 / n:.1f} |" if counter is allocated else f"| {frame} | {count * 100 / total:.0f} % |")
PYTHON
done
