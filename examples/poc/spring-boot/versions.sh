#!/usr/bin/env bash
# Prints the versions the Spring Boot proof of concept runs on (from the built jar), for the record.
set -euo pipefail
cd "$(dirname "$0")"
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
bin="${JAVA_HOME:+$JAVA_HOME/bin/}"
libs="$("${bin}jar" tf target/poc-spring-boot.jar \
  | sed -n 's#^BOOT-INF/lib/\(spring-boot\|tomcat-embed-core\|HikariCP\|sqlite-jdbc\)-\([0-9][^/]*\)\.jar$#\1 \2#p' \
  | sort | paste -sd, - | sed 's/,/, /g')"
java="$("${bin}java" -version 2>&1 | head -1)"
echo "$libs; $java"
