#!/usr/bin/env bash
# JMH benchmark of a full evaluation (see docs/benchmarks.md). Usage: bench/engine.sh [JMH options]
# Builds the test classes, then runs org.openjdk.jmh.Main from the repository root so the shipped
# catalog and examples are found.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. "$root/bin/find-jdk.sh"
stackfit_find_jdk
./mvnw -B -q --no-transfer-progress -DskipTests -Dspotless.check.skip=true install
./mvnw -B -q --no-transfer-progress -pl cli -Dspotless.check.skip=true -DskipTests test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="cli/target/test-classes:cli/target/classes:$(cat cli/target/bench-classpath.txt)"
exec "$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main EvaluationBenchmark "$@"
