#!/usr/bin/env bash
# stackfit, as released: runs the command line on the Java runtime bundled in this folder, so no
# JDK is needed. Installed as bin/stackfit of the release (see ./build dist).
set -euo pipefail
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
java="$home/runtime/bin/java"
if [ ! -x "$java" ]; then
  echo "stackfit: the bundled Java runtime is missing ($java); unpack the release again." >&2
  exit 1
fi
# Short commands start fastest with the C1 compiler only and a small heap; the web app wants the
# optimising compiler; the load generator (load, lab) runs C1 only, as ./stackfit explains.
case "${1:-}" in
  serve | demo) tuning=(-XX:+UseParallelGC) kind=long ;;
  recommend) tuning=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC) kind=recommend ;;
  load | lab) tuning=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC) kind=load ;;
  *) tuning=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC) kind=short ;;
esac
# The ahead-of-time cache made when the release was built; the JVM ignores it if it does not match.
aot=()
[ -f "$home/app/stackfit-$kind.aot" ] && aot=(-XX:AOTCache="$home/app/stackfit-$kind.aot")
# The catalog parsed when the release was built; used while catalog/data is unchanged, rewritten
# after an edit where the folder is writable (docs/catalog-format.md, "The catalog snapshot").
exec "$java" -Xlog:disable -Xlog:all=error,aot=off,cds=off:stderr --enable-native-access=ALL-UNNAMED \
  "${aot[@]}" "${tuning[@]}" -Dstackfit.home="$home" \
  -Dstackfit.catalog.snapshot="$home/app/stackfit-catalog.snapshot" -cp "$home/app/stackfit.jar" \
  dev.stackfit.cli.Main "$@"
