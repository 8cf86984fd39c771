#!/usr/bin/env bash
# Benchmark of the web app (issue 4): POST /api/v1/evaluations latency at a fixed open-model rate
# (default 100 requests/s) on SQLite and on PostgreSQL, plus the first page's weight.
#
# Server: the web app on the shipped catalog (web/src/test/.../WebEvaluationsBenchmark.java), in
# its own JVM, SQLite in a temp dir or an embedded PostgreSQL 17 from Maven Central.
# Load: stackfit's own open-model generator (`stackfit load`, lab module, Netty + HdrHistogram);
# latency counts from each request's intended start, so server stalls are not hidden.
#
# Usage: bench/web-evaluations.sh            (RATE=100 DURATION=60s WARMUP=15s SAMPLES=10000)
#        RATE=200 DURATION=30s bench/web-evaluations.sh
#        DBS=sqlite SERVER_JAVA_OPTS="-XX:+UseG1GC" bench/web-evaluations.sh
# The server JVM runs with the collector `./stackfit serve` uses (Parallel) and a 512 MiB heap
# unless SERVER_JAVA_OPTS says otherwise.
# Needs: cli/target/stackfit.jar (./stackfit --version builds it); the script compiles web itself.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
. bin/find-jdk.sh
stackfit_find_jdk
java="$JAVA_HOME/bin/java"

rate="${RATE:-100}"
duration="${DURATION:-60s}"
warmup="${WARMUP:-15s}"
profile="${PROFILE:-examples/profiles/enterprise-transactions.yaml}"
samples="${SAMPLES:-10000}"
dbs="${DBS:-sqlite postgres}"
read -r -a server_opts <<<"${SERVER_JAVA_OPTS:--Xmx512m -XX:+UseParallelGC}"
out="${OUT:-web/target/bench}"
mkdir -p "$out"

[ -f cli/target/stackfit.jar ] || { echo "cli/target/stackfit.jar missing: run ./stackfit --version first" >&2; exit 1; }
./mvnw -B -q --no-transfer-progress -pl web test-compile dependency:build-classpath \
  -Dspotless.check.skip=true -Dmdep.includeScope=test -Dmdep.outputFile="$root/$out/classpath.txt" >/dev/null
# A private copy of the classes: other builds in this checkout may recompile web/target meanwhile.
rm -rf "$out/classes" && mkdir -p "$out/classes"
cp -r web/target/classes/. web/target/test-classes/. "$out/classes/"
cp="$out/classes:$(cat "$out/classpath.txt")"
rm -rf "$out/cli" && mkdir -p "$out/cli"
cp -r cli/target/stackfit.jar cli/target/lib "$out/cli/"

server_pid=""
cleanup() {
  exec 3>&- 2>/dev/null || true
  [ -n "$server_pid" ] && wait "$server_pid" 2>/dev/null || true
}
trap cleanup EXIT

start_server() { # $1 = sqlite|postgres, $2 = work dir
  mkfifo "$2/stdin"
  "$java" "${server_opts[@]}" -cp "$cp" dev.stackfit.web.WebEvaluationsBenchmark "$1" "$2" "$samples" <"$2/stdin" >"$2/server.log" 2>&1 &
  server_pid=$!
  exec 3>"$2/stdin"
  for _ in $(seq 1 120); do
    [ -s "$2/port" ] && return 0
    sleep 0.5
  done
  echo "server did not start; log:" >&2
  cat "$2/server.log" >&2
  exit 1
}

stop_server() {
  exec 3>&-
  wait "$server_pid" || true
  server_pid=""
}

cpu_ticks() { # utime + stime of the server JVM, in clock ticks
  awk '{print $14 + $15}' "/proc/$server_pid/stat"
}

server_cpu_per_request() { # $1 = base URL: 200 sequential POSTs, server CPU time per request
  local before after n=200
  before=$(cpu_ticks)
  for _ in $(seq 1 $n); do
    curl -s -o /dev/null -X POST -H 'Content-Type: application/yaml' --data-binary @"$profile" "$1/api/v1/evaluations"
  done
  after=$(cpu_ticks)
  awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n=$n \
    'BEGIN { printf "server CPU per evaluation (%d sequential POSTs, JIT warm): %.1f ms\n", n, t * 1000 / hz / n }'
}

first_page_weight() { # $1 = base URL
  local total=0 size
  for path in / /static/app.css /static/app.js /static/favicon.svg; do
    size=$(curl -s -o /dev/null -w '%{size_download}' "$1$path")
    printf '  %-22s %6d bytes\n' "$path" "$size"
    total=$((total + size))
  done
  printf '  %-22s %6d bytes (%d KiB)\n' "total" "$total" "$((total / 1024))"
  local id
  id=$(curl -s -X POST -H 'Content-Type: application/yaml' --data-binary @"$profile" "$1/api/v1/evaluations" | jq -r .id)
  printf '  %-22s %6d bytes (the evaluation JSON: %d bytes)\n' "results page" \
    "$(curl -s -o /dev/null -w '%{size_download}' "$1/evaluations/$id")" \
    "$(curl -s -o /dev/null -w '%{size_download}' "$1/api/v1/evaluations/$id")"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); java $("$java" -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other processes share these cores)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); rate $rate/s open model, duration $duration after $warmup warm-up; profile $profile"
echo "server JVM options: ${server_opts[*]}"
for db in $dbs; do
  work="$(mktemp -d)"
  start_server "$db" "$work"
  port="$(cat "$work/port")"
  base="http://127.0.0.1:$port"
  echo
  echo "== $db: $(head -1 "$work/server.log")"
  if [ "$db" = sqlite ]; then
    echo "first page weight (uncompressed):"
    first_page_weight "$base"
  fi
  "$java" -jar "$out/cli/stackfit.jar" load "$base/api/v1/evaluations" \
    -X POST -H 'Content-Type: application/yaml' --body "$(cat "$profile")" \
    --rate "$rate" --duration "$duration" --warmup "$warmup" --expect-status 201 \
    --json "$out/$db.json"
  server_cpu_per_request "$base"
  echo "load average after $db: $(cut -d' ' -f1-3 /proc/loadavg)"
  stop_server
  rm -rf "$work"
done
echo
echo "JSON results: $(for db in $dbs; do printf '%s ' "$out/$db.json"; done)"
