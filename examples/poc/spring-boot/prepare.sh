#!/usr/bin/env bash
# Prepares the Spring Boot proof of concept: builds target/poc-spring-boot.jar with Maven (the
# repository's ./mvnw, which downloads Spring Boot from Maven Central once) when the jar is missing
# or older than pom.xml or a source file; otherwise does nothing. Needs JDK 21 or newer. The PoC
# lab runs it before any start and times it apart from start-up; run.sh runs it too when needed.
set -euo pipefail
cd "$(dirname "$0")"
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
jar=target/poc-spring-boot.jar
if [[ ! -f "$jar" || -n "$(find pom.xml src -newer "$jar" -print -quit)" ]]; then
  echo "spring-boot: building $jar with Maven" >&2
  ../../../mvnw -B -q --no-transfer-progress -f pom.xml package -DskipTests >&2
else
  echo "spring-boot: $jar is up to date" >&2
fi
