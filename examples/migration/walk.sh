#!/usr/bin/env bash
# The worked example of docs/migration.md: moves the Django PoC's order API to FastAPI slice by
# slice behind an nginx facade, each slice verified with 'stackfit lab diff' before it moves, one
# slip in the port caught on the way, one roll-back shown. Everything listens on loopback and stops
# when the script ends.
#
#   examples/migration/walk.sh [WORKDIR]      WORKDIR: where plans, logs and reports go (a new
#                                             temporary directory by default)
#
# Needs nginx (Debian's nginx-light), curl, and the PoCs' Debian packages: python3-django, gunicorn,
# python3-fastapi, python3-uvicorn, python3-jinja2 (.ci/run installs them).
# Environment: STACKFIT, the command that runs stackfit (default: this checkout's ./stackfit);
# OLD_PORT, NEW_PORT, FACADE_PORT (default 8001, 8002, 8080).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${1:-}"
[ -n "$work" ] || work="$(mktemp -d)"
mkdir -p "$work" && work="$(cd "$work" && pwd)"
read -r -a stackfit <<<"${STACKFIT:-$root/stackfit}"
old_port="${OLD_PORT:-8001}" new_port="${NEW_PORT:-8002}" facade_port="${FACADE_PORT:-8080}"
old="http://127.0.0.1:$old_port" new="http://127.0.0.1:$new_port" facade="http://127.0.0.1:$facade_port"
python=/usr/bin/python3
conf="$work/facade/facade.conf"
export POC_DB="$work/orders.db"

for tool in nginx curl; do
  command -v "$tool" >/dev/null || { echo "walk: $tool is missing (apt-get install nginx-light curl)" >&2; exit 3; }
done
"$python" -c 'import django, gunicorn, fastapi, uvicorn, jinja2' 2>/dev/null || {
  echo "walk: the PoCs' Python packages are missing (see examples/poc/README.md)" >&2
  exit 3
}

step() { printf '\n== %s\n' "$*"; }
declare -A group=()
stop() { [ -n "${group[$1]:-}" ] && kill -- "-${group[$1]}" 2>/dev/null || true; group[$1]=""; }
finish() {
  [ -f "$work/facade/nginx.pid" ] && nginx -p "$work/facade/" -c "$conf" -s quit 2>/dev/null || true
  stop old
  stop new
}
trap finish EXIT

healthy() {
  for _ in $(seq 1 200); do
    curl -sf "$1/health" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "walk: $1 did not become healthy; see the logs in $work" >&2
  exit 1
}

start_old() {
  (cd "$root/examples/poc/django" && DJANGO_SETTINGS_MODULE=pocsite.settings \
    exec setsid "$python" -m gunicorn pocsite.wsgi:application --bind "127.0.0.1:$old_port" \
    --workers 2 --log-level warning >>"$work/old.log" 2>&1) &
  group[old]=$!
  healthy "$old"
}

start_new() {
  (cd "$work/new" && exec setsid "$python" -m uvicorn app.main:app --host 127.0.0.1 \
    --port "$new_port" --workers 1 --no-access-log --log-level warning >>"$work/new.log" 2>&1) &
  group[new]=$!
  healthy "$new"
}

# A slice's field in the JSON plan.
slice() { "$python" -c 'import json,sys; p=json.load(open(sys.argv[1]))
print(next(s[sys.argv[3]] for s in p["slices"] if s["id"] == sys.argv[2]))' "$work/plan.json" "$1" "$2"; }

# lab diff of one slice's recorded requests; its exit code (0 same, 1 different) is returned.
verify() {
  local id="$1" report="$2"
  "${stackfit[@]}" lab diff "$old" "$new" --access-log "$work/facade/access.log" \
    --match "$(slice "$id" match)" --json "$work/$report.json" --html "$work/$report.html"
}

# Moves a slice (or, with "old", rolls it back): one word on its line of the facade, and a reload.
route() {
  local id="$1" to="$2" line
  line="$(slice "$id" facadeLine)"
  sed -i "${line}s/ \(old\|new\); # slice/ $to; # slice/" "$conf"
  nginx -p "$work/facade/" -c "$conf" -s reload 2>>"$work/nginx.log"
  sleep 0.5 # the reload is graceful: old workers finish their requests first
  echo "facade line $line: $(sed -n "${line}p" "$conf" | sed 's/^ *//')"
}

served_by() { curl -s -o /dev/null -D - "$facade$1" | tr -d '\r' | sed -n 's/^X-Served-By: //Ip'; }

step "1. The plan and the facade (stackfit migrate plan)"
mkdir -p "$work/facade"
plan=(migrate plan "$here/profile.yaml" --to fastapi --openapi "$here/orders-api.yaml"
  --old "127.0.0.1:$old_port" --new "127.0.0.1:$new_port" --listen "127.0.0.1:$facade_port")
"${stackfit[@]}" "${plan[@]}" --nginx "$conf" --out "$work/plan.md"
"${stackfit[@]}" "${plan[@]}" --format json --out "$work/plan.json"
echo "plan: $work/plan.md; facade: $conf"
"$python" -c 'import json,sys
for s in json.load(open(sys.argv[1]))["slices"]: print("  slice", s["order"], s["id"])' "$work/plan.json"

step "2. Both services on one database, as in a real strangler fig, and the facade in front"
(cd "$root/examples/poc/django" && DJANGO_SETTINGS_MODULE=pocsite.settings "$python" manage.py initdb)
rm -rf "$work/new" && cp -r "$root/examples/poc/fastapi" "$work/new" && rm -rf "$work/new/data"
start_old
start_new
nginx -t -q -p "$work/facade/" -c "$conf"
nginx -p "$work/facade/" -c "$conf"
healthy "$facade"
echo "old $old, new $new, facade $facade"

step "3. Traffic through the facade; its access log records every request for lab diff"
while read -r method path body; do
  case "$method" in "" | "#"*) continue ;; esac
  curl -s -o /dev/null -X "$method" -H 'Content-Type: application/json' ${body:+--data "$body"} "$facade$path"
done <"$here/requests.txt"
echo "$(wc -l <"$work/facade/access.log") requests recorded in $work/facade/access.log"

step "4. fortunes-reads: verify, then move"
if verify fortunes-reads diff-fortunes-reads; then
  echo "walk: expected the Fortunes markup to differ" >&2
  exit 1
fi
echo "Reviewed: the two templates spell the same characters differently (&quot; and &#34;, &#x27;"
echo "and &#39;), which every HTML parser reads alike. Accepted knowingly; the slice moves."
route fortunes-reads new

for id in health-reads json-reads; do
  step "5. $id: verify, then move"
  verify "$id" "diff-$id"
  route "$id" new
done

step "6. orders-reads: a slip in the port is caught before the slice moves"
sed -i 's/"totalCents": r\["total_cents"\]}/"totalCents": r["total_cents"] \/\/ 100 * 100}/' \
  "$work/new/app/orders.py"
stop new
start_new
if verify orders-reads diff-orders-reads-slip; then
  echo "walk: the slip in the port went unnoticed" >&2
  exit 1
fi
echo "The order list rounds totals to whole units: the slice stays on Django until that is fixed."
cp "$root/examples/poc/fastapi/app/orders.py" "$work/new/app/orders.py"
stop new
start_new
verify orders-reads diff-orders-reads
route orders-reads new
echo "GET /orders/1 is now served by: $(served_by /orders/1)"

step "7. orders-writes: generated ids and Location differ on every POST, learned as noise"
verify orders-writes diff-orders-writes
route orders-writes new

step "8. Roll back one slice: one word on one line, and a reload"
route orders-writes old
echo "POST /orders is now served by: $(curl -s -o /dev/null -D - -X POST -H 'Content-Type: application/json' \
  --data '{"customerId": 3, "lines": [{"productId": 5, "quantity": 1}]}' "$facade/orders" |
  tr -d '\r' | sed -n 's/^X-Served-By: //Ip')"
route orders-writes new

step "9. The whole API through the facade against the old service"
"${stackfit[@]}" lab diff "$old" "$facade" --requests "$here/requests.txt" \
  --json "$work/diff-final.json" || true
echo
echo "Done: every slice is served by FastAPI. Reports are in $work."
