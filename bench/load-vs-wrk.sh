#!/usr/bin/env bash
# Compares `stackfit load` with wrk against the same local nginx (1 worker, loopback, small static
# file), in one run, running stackfit as a user does: through the ./stackfit launcher, with its JVM
# flags and its ahead-of-time cache.
#   1. closed model, same connection count and one thread each, alternating wrk and stackfit (and
#      the BASELINE checkout's stackfit, when given) for ROUNDS rounds of each length in
#      SECONDS_PER_RUN; prints each run and the throughput ratio (median vs median) per length;
#   2. open model: raises the rate until the p99 schedule lag reaches 1 ms (or the target rate is
#      missed, or requests fail), and reports the highest rate that stayed under it.
# Installs nothing. Needs wrk, nginx and jq: apt-get install -y wrk nginx-light jq
#
# Usage: bench/load-vs-wrk.sh            (environment knobs below)
#   STACKFIT=cmd         command that runs stackfit (default: this checkout's ./stackfit launcher)
#   BASELINE=dir         another checkout (say, the previous commit's) whose ./stackfit runs too,
#                        side by side, in the closed-model rounds
#   CONNECTIONS=32 ROUNDS=3 SECONDS_PER_RUN="10 5" WARMUP=2 PORT=18089 OPEN=1
#   OPEN_CONNECTIONS=64 RATES="5000 10000 ..."  open-model rates to try, ascending (OPEN=0 skips)
#   PIN=1                pins nginx to the last CPU and every client (wrk, stackfit, the baseline) to
#                        the others with taskset, so that the server and the client under test never
#                        share a core and every client gets the same placement; it does not keep
#                        other processes off those cores (default 0: no pinning)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONNECTIONS="${CONNECTIONS:-32}"
ROUNDS="${ROUNDS:-3}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-10 5}"
WARMUP="${WARMUP:-2}"
OPEN="${OPEN:-1}"
BASELINE="${BASELINE:-}"
PORT="${PORT:-18089}"
PIN="${PIN:-0}"
OPEN_CONNECTIONS="${OPEN_CONNECTIONS:-64}"
RATES="${RATES:-5000 10000 20000 30000 40000 50000 60000}"

for tool in wrk nginx jq; do
  if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
    echo "load-vs-wrk: $tool is missing; install it with: apt-get install -y wrk nginx-light jq" >&2
    exit 2
  fi
done
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
server_pin=()
client_pin=()
if [ "$PIN" = 1 ]; then
  cpus="$(nproc)"
  if [ "$cpus" -lt 2 ] || ! command -v taskset >/dev/null 2>&1; then
    echo "load-vs-wrk: PIN=1 needs taskset and at least 2 CPUs" >&2
    exit 2
  fi
  server_pin=(taskset -c "$((cpus - 1))")
  client_pin=(taskset -c "0-$((cpus - 2))")
fi

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
"${server_pin[@]}" "$nginx_bin" -p "$work" -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
url="http://127.0.0.1:$PORT/hello.txt"

for _ in $(seq 50); do
  curl --noproxy "*" -fs "$url" >/dev/null 2>&1 && break
  sleep 0.1
done
curl --noproxy "*" -fs "$url" >/dev/null || { echo "load-vs-wrk: nginx did not come up on $url" >&2; exit 1; }
java_info="whatever ${STACKFIT:-} runs"
if [ -z "${STACKFIT:-}" ]; then
  for checkout in "$root" ${BASELINE:+"$BASELINE"}; do
    # Builds if needed and prepares the start-up caches, so that no run pays for them.
    if ! "$checkout/stackfit" load "$url" --duration 1s --warmup 0s >"$work/build.log" 2>&1; then
      cat "$work/build.log" >&2
      exit 1
    fi
  done
  STACKFIT="$root/stackfit"
  . "$root/bin/find-jdk.sh"
  stackfit_find_jdk
  java_info="$("$JAVA_HOME/bin/java" -version 2>&1 | head -1), as the ./stackfit launcher runs it"
fi

echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
  "$(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2), $("$nginx_bin" -v 2>&1 | cut -d/ -f2)"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ); load average: $(cut -d" " -f1-3 /proc/loadavg); java: $java_info"
[ "$PIN" = 1 ] && echo "# pinned: nginx on CPU ${server_pin[2]}, clients on CPUs ${client_pin[2]}"
echo
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
closed_run() { # $1 = command, $2 = seconds; prints "rate cpu"
  "${client_pin[@]}" "$1" load "$url" --mode closed -c "$CONNECTIONS" --threads 1 --warmup "${WARMUP}s" \
    --duration "$2s" --json "$work/closed.json" >/dev/null 2>"$work/closed.err"
  jq -r '"\(.achievedRate) \(.generatorCpu.percentOfBudget) \(.errors | add)"' "$work/closed.json"
}
for seconds in $SECONDS_PER_RUN; do
  echo "## closed model: $CONNECTIONS connections, 1 thread, ${seconds}s per run after a ${WARMUP}s warm-up, alternating"
  wrk_rates=()
  sf_rates=()
  base_rates=()
  for round in $(seq "$ROUNDS"); do
    w=$("${client_pin[@]}" wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" "$url" | awk '/Requests\/sec/ {print $2}')
    wrk_rates+=("$w")
    echo "round $round  wrk       $w req/s"
    read -r s cpu errors < <(closed_run "$STACKFIT" "$seconds")
    sf_rates+=("$s")
    echo "round $round  stackfit  $s req/s  (errors $errors, generator cpu $cpu% of 1 core)"
    if [ -n "$BASELINE" ]; then
      read -r b cpu errors < <(closed_run "$BASELINE/stackfit" "$seconds")
      base_rates+=("$b")
      echo "round $round  baseline  $b req/s  (errors $errors, generator cpu $cpu% of 1 core)"
    fi
  done
  wm=$(median "${wrk_rates[@]}")
  sm=$(median "${sf_rates[@]}")
  echo "median ${seconds}s  wrk $wm req/s, stackfit $sm req/s, ratio $(awk -v s="$sm" -v w="$wm" 'BEGIN {printf "%.2f", s/w}')"
  if [ -n "$BASELINE" ]; then
    bm=$(median "${base_rates[@]}")
    echo "median ${seconds}s  baseline $bm req/s, ratio to wrk $(awk -v s="$bm" -v w="$wm" 'BEGIN {printf "%.2f", s/w}')"
  fi
  echo "load average: $(cut -d" " -f1-3 /proc/loadavg)"
  echo
done
[ "$OPEN" = 1 ] || exit 0
echo "## open model: $OPEN_CONNECTIONS connections, 1 thread, constant arrivals, 2s warm-up + 10s"
echo "rate      achieved   p99 latency  p99 service  p50 lag   p99 lag   max backlog  errors  cpu%   verdict"
best=0
kept_up=0
misses=0
for rate in $RATES; do
  "${client_pin[@]}" "$STACKFIT" load "$url" --rate "$rate" -c "$OPEN_CONNECTIONS" --threads 1 --warmup 2s \
    --duration 10s --json "$work/open.json" >/dev/null 2>"$work/open.err"
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
