#!/usr/bin/env bash
# Builds the self-contained Linux x64 release: a jlink runtime, the application, the catalog,
# examples and docs, and a bin/stackfit launcher; no JDK or Maven needed where it is unpacked.
# Called by `./build dist` (which has found a JDK 21+ and exported JAVA_HOME).
#   output: dist/stackfit-VERSION-linux-x64/ and dist/stackfit-VERSION-linux-x64.tar.gz
# With JDK 25 or newer the runtime carries ahead-of-time caches (JEP 483 and 514) trained on the
# commands people run, so the release starts faster than the development launcher.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
: "${JAVA_HOME:?JAVA_HOME must point at a JDK 21 or newer (./build dist finds one)}"
say() { echo "dist: $*" >&2; }

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  say "the release is built for Linux x64 and must be built on it (this is $(uname -s) $(uname -m))"
  exit 1
fi

say "building the application (tests are not run; ./build test runs them)"
./mvnw -B -q --no-transfer-progress -DskipTests -Dspotless.check.skip=true -pl cli -am package

version=$(sed -n 's/^git.build.version=//p' core/target/classes/dev/stackfit/core/build-info.properties)
[ -n "$version" ] || { say "cannot read the version from the core jar"; exit 1; }
name="stackfit-$version-linux-x64"
out="$root/dist/$name"
rm -rf "$out" "$root/dist/$name.tar.gz"
mkdir -p "$out/bin" "$out/app"

say "copying the application into $out"
cp cli/target/stackfit.jar "$out/app/"
cp -r cli/target/lib "$out/app/lib"
# sqlite-jdbc carries native libraries for every platform; this release runs on Linux x64 only.
sqlite=$(ls "$out"/app/lib/sqlite-jdbc-*.jar)
zip -q -d "$sqlite" 'org/sqlite/native/*' -x 'org/sqlite/native/Linux/x86_64/*' >/dev/null 2>&1 || true

say "linking a Java runtime with the modules the application uses"
modules=$("$JAVA_HOME/bin/jdeps" --ignore-missing-deps --multi-release 21 --print-module-deps \
  --class-path "$out/app/lib/*" "$out/app/stackfit.jar")
# Loaded by name at run time, so jdeps cannot see them: TLS to PostgreSQL (jdk.crypto.ec before
# JDK 24), DNS names in JDBC URLs, zip file systems for bundled resources, and charsets.
extra="jdk.crypto.ec,jdk.naming.dns,jdk.zipfs,jdk.charsets,jdk.localedata"
available=$("$JAVA_HOME/bin/java" --list-modules | sed 's/@.*//' | tr '\n' ',')
for m in ${extra//,/ }; do
  case ",$available" in *",$m,"*) modules="$modules,$m" ;; esac
done
"$JAVA_HOME/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 --include-locales=en --output "$out/runtime"

say "adding the catalog, examples and docs"
mkdir -p "$out/catalog" "$out/examples"
cp -r catalog/data "$out/catalog/data"
cp -r docs README.md "$out/"
for dir in profiles lab decisions backtest; do
  [ -d "examples/$dir" ] && cp -r "examples/$dir" "$out/examples/$dir"
done
# The reference proofs of concept, as sources (no installed packages or build output).
if [ -d examples/poc ]; then
  tar -C examples -cf - --exclude=node_modules --exclude=target --exclude=__pycache__ \
    --exclude='*.db' poc | tar -C "$out/examples" -xf -
fi
cp bin/release-launcher.sh "$out/bin/stackfit"
chmod 755 "$out/bin/stackfit"
echo "$version" >"$out/VERSION"

major=$("$out/runtime/bin/java" -XshowSettings:properties -version 2>&1 |
  sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
if [ "${major:-0}" -ge 25 ]; then
  say "training ahead-of-time caches on the example profiles (JDK $major)"
  bin/train-aot.sh "$out/runtime/bin/java" "$out/app/stackfit.jar" "$out" "$out/app/stackfit"
else
  say "JDK $major has no ahead-of-time cache (JDK 25+); the release runs without one"
fi
# The pre-parsed catalog (the training runs above write it; without them, the first reading does).
[ -f "$out/app/stackfit-catalog.snapshot" ] || "$out/bin/stackfit" catalog list >/dev/null
[ -f "$out/app/stackfit-catalog.snapshot" ] || { say "no catalog snapshot was written"; exit 1; }

say "packing"
tar -C "$root/dist" -czf "$root/dist/$name.tar.gz" "$name"
size=$(du -sm "$out" | cut -f1)
packed=$(du -sm "$root/dist/$name.tar.gz" | cut -f1)
say "done: dist/$name.tar.gz ($packed MB; $size MB unpacked)"
echo "$root/dist/$name.tar.gz"
