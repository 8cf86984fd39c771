#!/usr/bin/env bash
# Trains the ahead-of-time caches of a release or a build (JDK 25+, JEPs 483, 514 and 515): runs
# the commands people run (dev.stackfit.cli.release.AotTraining) with the same runtime, class path
# and flags as the launcher, and stores the classes they load, linked, with method profiles.
# Usage: bin/train-aot.sh JAVA JAR HOME OUT-PREFIX [short|recommend|long|load ...]
#   writes OUT-PREFIX-short.aot (commands that answer and exit), OUT-PREFIX-recommend.aot
#   (recommend alone), OUT-PREFIX-long.aot (serve, demo) and OUT-PREFIX-load.aot (load, lab), or
#   only the kinds named; called by bin/make-dist.sh, and by
#   ./stackfit the first time a build runs a command of a kind. The catalog snapshot the launchers
#   use, OUT-PREFIX-catalog.snapshot, is written by the first training run that reads the catalog
#   (from its YAML, so that both ways of reading it are trained) and read by the others.
set -euo pipefail
java="$1" jar="$2" home="$3" prefix="$4"
shift 4
kinds=("$@")
# short first: its first catalog reading writes the catalog snapshot, which the others then read.
[ ${#kinds[@]} -gt 0 ] || kinds=(short recommend long load)
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for kind in "${kinds[@]}"; do
  cache="$prefix-$kind.aot"
  rm -f "$cache" "$cache.config"
  case "$kind" in
    short | recommend | load) tuning=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC) ;;
    long) tuning=(-XX:+UseParallelGC) ;;
  esac
  # The JVM checks the class path and these flags when it opens the cache: keep them as the
  # launchers pass them.
  if ! "$java" -XX:AOTCacheOutput="$cache" -Xlog:disable -Xlog:all=error:stderr \
    --enable-native-access=ALL-UNNAMED "${tuning[@]}" -Dstackfit.home="$home" \
    -Dstackfit.catalog.snapshot="$prefix-catalog.snapshot" -cp "$jar" \
    dev.stackfit.cli.release.AotTraining "$kind" >"$log" 2>&1; then
    cat "$log" >&2
    echo "train-aot: the $kind training run failed; the output is above" >&2
    rm -f "$cache" "$cache.config"
    exit 1
  fi
  rm -f "$cache.config"
  [ -s "$cache" ] || { echo "train-aot: no $kind cache was written" >&2; exit 1; }
  echo "train-aot: $(du -m "$cache" | cut -f1) MB $kind cache at $cache" >&2
done
