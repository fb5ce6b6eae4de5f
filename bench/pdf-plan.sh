#!/usr/bin/env bash
# Times the signed work plan as PDF (default: 300 activities, Arabic | English, 10 runs) in a JVM with a
# 256 MiB heap, as the packaged application runs: precompiled templates, the shipped fonts, ICU
# bidi and shaping. The first run includes the JVM's warm-up; the others are what a running
# server pays.
#
# Usage: bench/pdf-plan.sh [activities] [runs] [languages]
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -o -q -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -XX:+UseSerialGC -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    org.entente.documents.PlanPdfBenchmark "$@"
