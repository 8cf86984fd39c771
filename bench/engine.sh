#!/usr/bin/env bash
# JMH benchmarks of the engine (see docs/benchmarks.md).
# Usage: bench/engine.sh [BENCHMARK-PATTERN] [JMH options]
#   pattern defaults to EvaluationBenchmark; SavePipelineBenchmark times the steps of a web save.
# Builds the test classes, then runs org.openjdk.jmh.Main from the repository root so the shipped
# catalog and examples are found.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. "$root/bin/find-jdk.sh"
stackfit_find_jdk
# One reactor build up to test-compile: the other modules resolve to their target/classes, so
# nothing is installed into the local Maven repository (which other checkouts share).
./mvnw -B -q --no-transfer-progress -pl cli -am -Dspotless.check.skip=true -DskipTests test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="cli/target/test-classes:cli/target/classes:$(cat cli/target/bench-classpath.txt)"
pattern=EvaluationBenchmark
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  pattern="$1"
  shift
fi
exec "$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main "$pattern" "$@"
