#!/usr/bin/env bash
# What a new user does first, checked from a clean state (run by .ci/run before the tests):
#   1. a fresh clone of the commit under test, with stackfit's own artifacts removed from the local
#      Maven repository, runs the README's first commands: `./stackfit recommend` on an example and
#      `./stackfit demo` until its web app answers /health;
#   2. `./build dist` makes the release, which is unpacked into an empty folder and run with no JDK
#      reachable (JAVA_HOME unset, no java on PATH, and /usr/lib/jvm hidden where the machine
#      allows a private mount namespace): `recommend`, `catalog list`, and `serve` until /health.
# Any failure stops with the command's own message and exit code 1.
# Usage: bin/fresh-machine-check.sh [COMMIT]   (default: HEAD of this checkout)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
commit="$(git -C "$root" rev-parse "${1:-HEAD}")"
work="$(mktemp -d /tmp/stackfit-fresh.XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
say() { echo "fresh-machine: $*" >&2; }
fail() {
  echo "fresh-machine: FAILED: $*" >&2
  exit 1
}

# Waits until http://127.0.0.1:PORT/health answers 200 (the port is read from the log), or fails.
await_health() {
  local log="$1" pid="$2" what="$3" url=""
  for _ in $(seq 1 600); do
    if ! kill -0 "$pid" 2>/dev/null; then
      cat "$log" >&2
      fail "$what exited before its web app answered"
    fi
    url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$log" | head -n 1 || true)"
    if [ -n "$url" ] && curl -fsS --max-time 5 "${url}health" >"$work/health.json" 2>/dev/null; then
      say "$what answers ${url}health: $(cat "$work/health.json")"
      return 0
    fi
    sleep 0.5
  done
  cat "$log" >&2
  fail "$what did not answer /health within 5 minutes"
}

stop() {
  kill -TERM "$1" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.25; done
  kill -KILL "$1" 2>/dev/null || true
}

say "cloning $commit into $work/clone"
git clone -q --no-hardlinks "$root" "$work/clone"
git -C "$work/clone" checkout -q "$commit"
say "removing stackfit's own artifacts from the local Maven repository"
rm -rf "${MAVEN_REPOSITORY:-$HOME/.m2/repository}/dev/stackfit"

cd "$work/clone"
say "./stackfit recommend examples/profiles/content-site-admin.yaml"
./stackfit recommend examples/profiles/content-site-admin.yaml >"$work/recommend.txt" ||
  fail "./stackfit recommend exited $? (its messages are above)"
grep -q '^Ranking' "$work/recommend.txt" || fail "./stackfit recommend printed no ranking"

say "./stackfit demo --port 0"
./stackfit demo --port 0 >"$work/demo.log" 2>&1 &
pids+=($!)
await_health "$work/demo.log" "$!" "./stackfit demo"
stop "${pids[-1]}"

say "./build dist"
./build dist >"$work/dist.log" 2>&1 || {
  cat "$work/dist.log" >&2
  fail "./build dist failed"
}
archive="$(tail -n 1 "$work/dist.log")"
[ -f "$archive" ] || fail "./build dist named no archive"
mkdir "$work/release"
tar -C "$work/release" -xzf "$archive"
release="$(ls -d "$work"/release/stackfit-*)"

# A PATH with the machine's tools but no java, javac or other JDK command.
mkdir "$work/bin"
for dir in /usr/local/bin /usr/bin /bin; do
  for tool in "$dir"/*; do
    name="$(basename "$tool")"
    case "$name" in java | javac | jar | jshell | jlink | jdeps | jcmd | keytool | *java*) continue ;; esac
    [ -e "$work/bin/$name" ] || ln -s "$tool" "$work/bin/$name"
  done
done
cat >"$work/release-check.sh" <<EOF
set -euo pipefail
if [ "\${HIDE_JDKS:-}" = yes ]; then
  mount -t tmpfs none /usr/lib/jvm
fi
export PATH="$work/bin"
unset JAVA_HOME
if command -v java >/dev/null 2>&1; then echo "a java is still reachable" >&2; exit 1; fi
cd "$work"
"$release/bin/stackfit" --version
"$release/bin/stackfit" recommend "$release/examples/profiles/content-site-admin.yaml" >"$work/release-recommend.txt"
grep -q '^Ranking' "$work/release-recommend.txt"
"$release/bin/stackfit" catalog list >"$work/release-catalog.txt"
grep -qi 'django' "$work/release-catalog.txt"
"$release/bin/stackfit" serve --port 0 --data "$work/release-data" >"$work/serve.log" 2>&1 &
echo \$! >"$work/serve.pid"
EOF
hide=no
if unshare --mount --propagation private true 2>/dev/null && [ -d /usr/lib/jvm ]; then
  hide=yes
fi
say "running the release without a JDK (JDKs under /usr/lib/jvm hidden: $hide)"
if [ "$hide" = yes ]; then
  # The server must run inside the namespace too: the check script starts it and waits below.
  HIDE_JDKS=yes unshare --mount --propagation private bash -c \
    "bash '$work/release-check.sh' && pid=\$(cat '$work/serve.pid') && \
     for i in \$(seq 1 240); do curl -fsS --max-time 5 \"\$(grep -o 'http://127\.0\.0\.1:[0-9]*/' '$work/serve.log' | head -n 1)health\" >'$work/health.json' 2>/dev/null && break; kill -0 \$pid || exit 1; sleep 0.5; done; \
     kill -TERM \$pid; for i in \$(seq 1 40); do kill -0 \$pid 2>/dev/null || break; sleep 0.25; done; kill -KILL \$pid 2>/dev/null; test -s '$work/health.json'" ||
    {
      cat "$work/serve.log" >&2 2>/dev/null || true
      fail "the release did not run without a JDK"
    }
  say "release serve answered /health: $(cat "$work/health.json")"
else
  bash "$work/release-check.sh" || fail "the release did not run without a JDK"
  pids+=("$(cat "$work/serve.pid")")
  await_health "$work/serve.log" "${pids[-1]}" "release serve"
  stop "${pids[-1]}"
fi
say "all first-use checks passed"
