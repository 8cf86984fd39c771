#!/usr/bin/env bash
# Start-up and size of the release (./build dist) beside the developer launcher (./stackfit), in
# one hyperfine run so that both see the same machine load. Prints the archive's and the unpacked
# release's size, then hyperfine's table; docs/benchmarks.md ("Release size and start-up") keeps
# the results.
#
#   bench/release-startup.sh [RUNS] [BEFORE]   (default 20 runs per command, 3 warm-up runs)
#
# Needs hyperfine, and dist/ made by ./build dist from this checkout (it is not rebuilt here). With
# BEFORE, another checkout (say of the main branch) with its own dist/, its release's and its
# launcher's `recommend` and `--version` run in the same sitting, for a before/after comparison.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${1:-20}"
before="${2:-}"
command -v hyperfine >/dev/null || { echo "bench: hyperfine is not installed (apt-get install hyperfine)" >&2; exit 2; }
archive="$(ls dist/stackfit-*-linux-x64.tar.gz 2>/dev/null | head -1 || true)"
[ -n "$archive" ] || { echo "bench: no dist/stackfit-*-linux-x64.tar.gz; run ./build dist first" >&2; exit 2; }
release="${archive%.tar.gz}"
[ -x "$release/bin/stackfit" ] || { echo "bench: $release/bin/stackfit is missing; run ./build dist again" >&2; exit 2; }

profile=examples/profiles/content-site-admin.yaml
./stackfit --version >/dev/null   # builds the launcher's jar and its start-up cache first
./stackfit recommend "$profile" >/dev/null   # and, after an edit of catalog/data, its catalog snapshot
extra=()
if [ -n "$before" ]; then
  before="$(cd "$before" && pwd)"
  old="$(ls -d "$before"/dist/stackfit-*-linux-x64 2>/dev/null | head -1 || true)"
  [ -x "$old/bin/stackfit" ] || { echo "bench: $before has no dist/; run ./build dist there" >&2; exit 2; }
  "$before/stackfit" --version >/dev/null
  "$before/stackfit" recommend "$profile" >/dev/null
  echo "before: $before at $(git -C "$before" log -1 --format='%h %s' | cut -c1-60)"
  extra=(-n 'before: release --version' "$old/bin/stackfit --version"
    -n 'before: launcher --version' "$before/stackfit --version"
    -n 'before: release recommend' "$old/bin/stackfit recommend $profile"
    -n 'before: launcher recommend' "$before/stackfit recommend $profile")
fi

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)   commit: $(git rev-parse --short HEAD)   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "archive: $archive $(du -h "$archive" | cut -f1)   unpacked: $(du -sh "$release" | cut -f1)"
echo "java -version on PATH: $(java -version 2>&1 | head -1)"
hyperfine --warmup 3 --runs "$runs" --export-markdown /tmp/release-startup.md \
  -n 'java -version' 'java -version' \
  -n 'release --version' "$release/bin/stackfit --version" \
  -n 'launcher --version' './stackfit --version' \
  -n 'release recommend' "$release/bin/stackfit recommend $profile" \
  -n 'launcher recommend' "./stackfit recommend $profile" "${extra[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
