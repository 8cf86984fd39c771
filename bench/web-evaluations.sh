#!/usr/bin/env bash
# Benchmark of the web app (issue 4): POST /api/v1/evaluations latency at a fixed open-model rate
# (default 100 requests/s) on SQLite and on PostgreSQL, plus the first page's weight.
#
# Server: on SQLite, what a user runs: `./stackfit serve --port 0 --data DIR` (the launcher, its JVM
# flags and start-up cache); on PostgreSQL, the web app on the shipped catalog
# (web/src/test/.../WebEvaluationsBenchmark.java) over an embedded PostgreSQL 17 from Maven Central.
# Load: `./stackfit load`, stackfit's own open-model generator, run by the launcher; latency counts
# from each request's intended start, so server stalls are not hidden.
#
# Usage: bench/web-evaluations.sh            (RATE=100 DURATION=60s WARMUP=15s)
#        RATE=300 DURATION=30s DBS=sqlite bench/web-evaluations.sh
#        BASELINE=/path/to/other/checkout DBS=sqlite bench/web-evaluations.sh
#   BASELINE=dir  another checkout (the previous commit's, say) whose ./stackfit serve is measured
#                 right after this one's, same load, on SQLite
#   SAMPLES and SERVER_JAVA_OPTS apply to the PostgreSQL harness only (Parallel, 512 MiB by default).
# Needs: the script builds what it runs (./stackfit, and web's test classes for PostgreSQL).
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

baseline="${BASELINE:-}"
./stackfit --version >/dev/null
[ -z "$baseline" ] || "$baseline/stackfit" --version >/dev/null
if [[ " $dbs " == *" postgres "* ]]; then
  ./mvnw -B -q --no-transfer-progress -pl web -am test-compile dependency:build-classpath \
    -Dspotless.check.skip=true -Dmdep.includeScope=test -Dmdep.outputFile="$root/$out/classpath.txt" >/dev/null
  # A private copy of the classes: other builds in this checkout may recompile web/target meanwhile.
  rm -rf "$out/classes" && mkdir -p "$out/classes"
  cp -r web/target/classes/. web/target/test-classes/. "$out/classes/"
  cp="$out/classes:$(cat "$out/classpath.txt")"
fi

server_pid=""
cleanup() {
  exec 3>&- 2>/dev/null || true
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "$server_pid" ] && wait "$server_pid" 2>/dev/null || true
}
trap cleanup EXIT

start_server() { # $1 = sqlite|postgres|baseline, $2 = work dir
  if [ "$1" != postgres ]; then
    local checkout="$root"
    [ "$1" = baseline ] && checkout="$baseline"
    "$checkout/stackfit" serve --port 0 --data "$2/data" >"$2/server.log" 2>&1 &
    server_pid=$!
    # Up to 10 minutes: the first serve of a build also trains the launcher's start-up cache.
    for _ in $(seq 1 1200); do
      if grep -q "is serving" "$2/server.log"; then
        sed -n 's|.*is serving http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$2/server.log" >"$2/port"
        return 0
      fi
      sleep 0.5
    done
    echo "server did not start; log:" >&2
    cat "$2/server.log" >&2
    exit 1
  fi
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
  if [ -e "$1/stdin" ]; then
    exec 3>&-
  else
    kill "$server_pid"
  fi
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
echo "server: ./stackfit serve (SQLite); PostgreSQL harness JVM options: ${server_opts[*]}"
runs="$dbs"
[ -z "$baseline" ] || runs="$dbs baseline"
for db in $runs; do
  work="$(mktemp -d)"
  start_server "$db" "$work"
  port="$(cat "$work/port")"
  base="http://127.0.0.1:$port"
  echo
  label="$db"
  [ "$db" = baseline ] && label="baseline $baseline, SQLite"
  echo "== $label: $(head -1 "$work/server.log")"
  if [ "$db" = sqlite ]; then
    echo "first page weight (uncompressed):"
    first_page_weight "$base"
  fi
  ./stackfit load "$base/api/v1/evaluations" \
    -X POST -H 'Content-Type: application/yaml' --body "$(cat "$profile")" \
    --rate "$rate" --duration "$duration" --warmup "$warmup" --expect-status 201 \
    --json "$out/$db.json"
  server_cpu_per_request "$base"
  echo "load average after $db: $(cut -d' ' -f1-3 /proc/loadavg)"
  stop_server "$work"
  rm -rf "$work"
done
echo
echo "JSON results: $(for db in $runs; do printf '%s ' "$out/$db.json"; done)"
