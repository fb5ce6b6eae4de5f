#!/usr/bin/env bash
# Where the CPU of a test run went, per test class, from the files support.CpuPerClass writes
# (target/test-cpu/<pid>.tsv, one per test JVM: Surefire's and Failsafe's). CPU seconds, not wall
# time: on a machine shared with other builds they are what can be compared between two runs.
#
#   /usr/bin/time -o verify.time ./mvnw verify     # or any test run
#   bench/test-cpu.sh [DIR] [ROWS]                 # DIR: a project directory (default .), ROWS: 25
set -euo pipefail
dir="${1:-.}"
rows="${2:-25}"
files=("$dir"/target/test-cpu/*.tsv)
[ -e "${files[0]}" ] || { echo "no $dir/target/test-cpu/*.tsv: run the tests first" >&2; exit 1; }

echo "Per test JVM (CPU seconds): JVM, its children (Chromium, a child JVM), PostgreSQL servers, all"
for f in "${files[@]}"; do
    awk -F'\t' -v f="$(basename "$f")" '/^\(whole JVM/ {
        printf "  %-14s wall %7.1f  jvm %7.1f  children %6.1f  postgres %6.1f  total %7.1f  (%d classes)\n",
            f, $2, $3, $4, $5, $3 + $4 + $5, n }
        NR > 1 && !/^\(/ { n++ }' "$f"
done

echo
echo "The $rows test classes that cost the most CPU (all JVMs), seconds:"
printf '  %-62s %7s %7s %7s %7s %7s\n' class wall jvm children postgres total
cat "${files[@]}" | awk -F'\t' '$1 != "class" && $1 !~ /^\(/ {
        printf "  %-62s %7.1f %7.1f %7.1f %7.1f %7.1f\n", $1, $2, $3, $4, $5, $3 + $4 + $5 }' \
    | sed 's/org\.entente\.//' | sort -k6 -rn | head -n "$rows"

echo
cat "${files[@]}" | awk -F'\t' '$1 != "class" && $1 !~ /^\(/ { w += $2; j += $3; c += $4; p += $5; n++ }
    END { printf "All %d classes: wall %.1f s, CPU %.1f s (jvm %.1f, children %.1f, postgres %.1f)\n",
        n, w, j + c + p, j, c, p }'

# What the browser tests asked of Chromium (support.BrowserCounts), when any ran.
counts=("$dir"/target/browser-counts/*.tsv)
if [ -e "${counts[0]}" ]; then
    echo
    echo "Browser classes: contexts, page loads, sign-ins through the form, sessions taken over, pages checked,"
    echo "axe runs, CPU-s inside the checks (JVM thread, Chromium), screenshots by shoot() and Chromium's CPU-s in them"
    cat "${counts[@]}" | awk -F'\t' '$1 != "class" {
            printf "  %-46s %4d %5d %4d %4d %4d %4d %6.1f %6.1f %4d %6.1f\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11
            for (i = 2; i <= 11; i++) t[i] += $i; n++ }
        END { printf "  %-46s %4d %5d %4d %4d %4d %4d %6.1f %6.1f %4d %6.1f\n", "all " n " classes", t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11] }' \
        | sed 's/org\.entente\.//'
fi
