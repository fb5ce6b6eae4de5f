#!/usr/bin/env bash
# Measures the audit trail's verification on this machine: fills a scratch embedded PostgreSQL
# with chained entries (default 1,000,000), signs a checkpoint, then times AuditVerifier walking
# the whole chain several times (default 5), in a JVM with a 512 MiB heap: the rows are streamed,
# never all held in memory.
#
# Usage: bench/audit-verify.sh [entries] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    org.entente.audit.AuditVerificationBenchmark "$@"
