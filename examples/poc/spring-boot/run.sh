#!/usr/bin/env bash
# Starts the Spring Boot proof of concept on 127.0.0.1:PORT (default 8080).
# First run (or after a source change): prepare.sh builds the jar with Maven (the repository's
# ./mvnw), which downloads Spring Boot from Maven Central once; the PoC lab runs prepare.sh itself
# beforehand, so its start-up never includes the build. Needs JDK 21 or newer.
set -euo pipefail
cd "$(dirname "$0")"
port="${1:-8080}"
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=target/poc-spring-boot.jar
if [[ ! -f "$jar" || -n "$(find pom.xml src -newer "$jar" -print -quit)" ]]; then
  bash ./prepare.sh
fi
db="${POC_DB:-data/poc.db}"
echo "spring-boot: Tomcat on http://127.0.0.1:$port" >&2
# JVM defaults (heap sized by the JVM from the machine's memory, default GC), as most teams start.
exec "$java" -Dpoc.db="$db" -jar "$jar" --server.port="$port" \
  --poc.sql-dir="$(cd .. && pwd)"
