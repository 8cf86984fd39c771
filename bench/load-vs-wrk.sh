#!/usr/bin/env bash
# Compares `stackfit load` with wrk against the same local nginx (1 worker, loopback, small static
# file), in one run:
#   1. closed model, same connection count and one thread each, alternating wrk and stackfit for
#      ROUNDS rounds of SECONDS each; prints each run and the throughput ratio (median vs median);
#   2. open model: raises the rate until the p99 schedule lag reaches 1 ms (or the target rate is
#      missed, or requests fail), and reports the highest rate that stayed under it.
# Installs nothing. Needs wrk, nginx and jq: apt-get install -y wrk nginx-light jq
#
# Usage: bench/load-vs-wrk.sh            (environment knobs below)
#   STACKFIT=cmd         command that runs stackfit (default: builds with ./stackfit once, then runs
#                        a private copy of cli/target/stackfit.jar so a rebuild cannot disturb the run)
#   BENCH_JAVA_OPTS=...  JVM flags for that copy (default: none, i.e. the JVM's full JIT)
#   CONNECTIONS=32 ROUNDS=3 SECONDS_PER_RUN=10 PORT=18089
#   OPEN_CONNECTIONS=64 RATES="5000 10000 ..."  open-model rates to try, ascending
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONNECTIONS="${CONNECTIONS:-32}"
ROUNDS="${ROUNDS:-3}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-10}"
PORT="${PORT:-18089}"
OPEN_CONNECTIONS="${OPEN_CONNECTIONS:-64}"
RATES="${RATES:-2000 5000 10000 15000 20000 25000 30000 35000 40000}"

for tool in wrk nginx jq; do
  if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
    echo "load-vs-wrk: $tool is missing; install it with: apt-get install -y wrk nginx-light jq" >&2
    exit 2
  fi
done
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

work="$(mktemp -d)"
nginx_pid=""
cleanup() {
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

chmod 755 "$work"  # nginx workers run as another user and must read the files
mkdir -p "$work/www" "$work/tmp"
printf 'hello from nginx\n' >"$work/www/hello.txt"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 8192; }
http {
  access_log off;
  keepalive_requests 100000000;
  keepalive_timeout 120s;
  client_body_temp_path $work/tmp/body;
  proxy_temp_path $work/tmp/proxy;
  fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi;
  scgi_temp_path $work/tmp/scgi;
  server {
    listen 127.0.0.1:$PORT;
    root $work/www;
  }
}
CONF
"$nginx_bin" -p "$work" -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
url="http://127.0.0.1:$PORT/hello.txt"

java_info="whatever ${STACKFIT:-} runs"
if [ -z "${STACKFIT:-}" ]; then
  if ! "$root/stackfit" --version >"$work/build.log" 2>&1; then
    [ -f "$root/cli/target/stackfit.jar" ] || { cat "$work/build.log" >&2; exit 1; }
    echo "load-vs-wrk: the build failed; using the existing cli/target/stackfit.jar" >&2
  fi
  . "$root/bin/find-jdk.sh"
  stackfit_find_jdk
  mkdir -p "$work/dist"
  cp -r "$root/cli/target/stackfit.jar" "$root/cli/target/lib" "$work/dist/"
  STACKFIT="$work/dist/run"
  printf '#!/bin/sh\nexec "%s/bin/java" %s -jar "%s/dist/stackfit.jar" "$@"\n' \
    "$JAVA_HOME" "${BENCH_JAVA_OPTS:-}" "$work" >"$STACKFIT"
  chmod +x "$STACKFIT"
  java_info="$("$JAVA_HOME/bin/java" -version 2>&1 | head -1), flags: ${BENCH_JAVA_OPTS:-JVM defaults}"
fi
for _ in $(seq 50); do
  curl --noproxy "*" -fs "$url" >/dev/null 2>&1 && break
  sleep 0.1
done
curl --noproxy "*" -fs "$url" >/dev/null || { echo "load-vs-wrk: nginx did not come up on $url" >&2; exit 1; }

echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
  "$(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2), $("$nginx_bin" -v 2>&1 | cut -d/ -f2)"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ); load average: $(cut -d" " -f1-3 /proc/loadavg); java: $java_info"
echo
echo "## closed model: $CONNECTIONS connections, 1 thread, ${SECONDS_PER_RUN}s per run, alternating"
wrk_rates=()
sf_rates=()
for round in $(seq "$ROUNDS"); do
  w=$(wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" "$url" | awk '/Requests\/sec/ {print $2}')
  wrk_rates+=("$w")
  echo "round $round  wrk      $w req/s"
  "$STACKFIT" load "$url" --mode closed -c "$CONNECTIONS" --threads 1 --warmup 1s \
    --duration "${SECONDS_PER_RUN}s" --json "$work/closed.json" >/dev/null 2>"$work/closed.err"
  s=$(jq -r '.achievedRate' "$work/closed.json")
  sf_rates+=("$s")
  echo "round $round  stackfit $s req/s  (errors $(jq '.errors | add' "$work/closed.json"),"\
    "generator cpu $(jq '.generatorCpu.percentOfBudget' "$work/closed.json")% of 1 core)"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
wm=$(median "${wrk_rates[@]}")
sm=$(median "${sf_rates[@]}")
echo "median  wrk $wm req/s, stackfit $sm req/s, ratio $(awk -v s="$sm" -v w="$wm" 'BEGIN {printf "%.2f", s/w}')"
echo
echo "## open model: $OPEN_CONNECTIONS connections, 1 thread, constant arrivals, 2s warm-up + ${SECONDS_PER_RUN}s"
echo "rate      achieved   p99 latency  p99 service  p50 lag   p99 lag   max backlog  errors  cpu%   verdict"
best=0
kept_up=0
misses=0
for rate in $RATES; do
  "$STACKFIT" load "$url" --rate "$rate" -c "$OPEN_CONNECTIONS" --threads 1 --warmup 2s \
    --duration "${SECONDS_PER_RUN}s" --json "$work/open.json" >/dev/null 2>"$work/open.err"
  read -r achieved lat svc lag50 lag backlog errors cpu < <(jq -r '[.achievedRate, .latencyMs.p99,
    .serviceTimeMs.p99, .scheduleLagMs.p50, .scheduleLagMs.p99, .maxBacklog,
    ((.errors | add) + .dropped), .generatorCpu.percentOfBudget] | @tsv' "$work/open.json")
  verdict=$(awk -v a="$achieved" -v r="$rate" -v l="$lag" -v e="$errors" 'BEGIN {
    if (a < 0.99 * r || e > 0) print "behind"; else if (l >= 1.0) print "kept-up, lag>=1ms"; else print "ok" }')
  printf '%-9s %-10s %-12s %-12s %-9s %-9s %-12s %-7s %-6s %s\n' "$rate" "$achieved" "$lat ms" \
    "$svc ms" "$lag50" "$lag" "$backlog" "$errors" "$cpu" "$verdict"
  [ "$verdict" = ok ] && best=$rate
  if [ "$verdict" = behind ]; then
    misses=$((misses + 1))
    [ "$misses" -ge 2 ] && break
  else
    kept_up=$rate
    misses=0
  fi
done
echo "highest open-model rate with p99 schedule lag < 1 ms (target met, no errors): $best req/s"
echo "highest open-model rate with the target met (within 1%) and no errors:          $kept_up req/s"
