#!/usr/bin/env bash
# Start-up and size of the release (./build dist) beside the developer launcher (./stackfit), in
# one hyperfine run so that both see the same machine load. Prints the archive's and the unpacked
# release's size, then hyperfine's table; docs/benchmarks.md ("Release size and start-up") keeps
# the results.
#
#   bench/release-startup.sh [RUNS]      (default 20 runs per command, 3 warm-up runs)
#
# Needs hyperfine, and dist/ made by ./build dist from this checkout (it is not rebuilt here).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${1:-20}"
command -v hyperfine >/dev/null || { echo "bench: hyperfine is not installed (apt-get install hyperfine)" >&2; exit 2; }
archive="$(ls dist/stackfit-*-linux-x64.tar.gz 2>/dev/null | head -1 || true)"
[ -n "$archive" ] || { echo "bench: no dist/stackfit-*-linux-x64.tar.gz; run ./build dist first" >&2; exit 2; }
release="${archive%.tar.gz}"
[ -x "$release/bin/stackfit" ] || { echo "bench: $release/bin/stackfit is missing; run ./build dist again" >&2; exit 2; }

profile=examples/profiles/content-site-admin.yaml
./stackfit --version >/dev/null   # builds the launcher's jar and its start-up cache first

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)   commit: $(git rev-parse --short HEAD)"
echo "archive: $archive $(du -h "$archive" | cut -f1)   unpacked: $(du -sh "$release" | cut -f1)"
echo "java -version on PATH: $(java -version 2>&1 | head -1)"
hyperfine --warmup 3 --runs "$runs" --export-markdown /tmp/release-startup.md \
  -n 'java -version' 'java -version' \
  -n 'release --version' "$release/bin/stackfit --version" \
  -n 'launcher --version' './stackfit --version' \
  -n 'release recommend' "$release/bin/stackfit recommend $profile" \
  -n 'launcher recommend' "./stackfit recommend $profile"
