#!/usr/bin/env bash
# Reassesses every decision a stackfit server holds, as `stackfit reassess` does, through the JSON
# API with a personal API token, and fails when a decision in force is due for review. Meant for a
# monthly CI job that opens a ticket when it fails.
#
#   STACKFIT_TOKEN=sft_... examples/automation/reassess-all.sh https://stackfit.example.org
#
# The token needs the read scope only (a reassessment changes nothing); make one on the server's
# /tokens page or with `stackfit user token create --account NAME --name ci --scope read`. It is
# read from the environment, so it does not show in the process list.
#
# It sees the decisions of the sessions the token's account belongs to. Needs bash and curl only.
# Exit status: 0 nothing due, 1 at least one accepted decision due for review, 2 usage or server error.
set -euo pipefail

usage() {
  echo "usage: STACKFIT_TOKEN=sft_... $0 SERVER_URL" >&2
  exit 2
}

server="${1:-${STACKFIT_URL:-}}"
[ -n "$server" ] || usage
[ -n "${STACKFIT_TOKEN:-}" ] || { echo "reassess-all: set STACKFIT_TOKEN to an API token" >&2; usage; }
server="${server%/}"

# One API call; on a 4xx/5xx answer, prints the problem's detail and stops with status 2.
api() {
  local method="$1" path="$2" body status
  body="$(mktemp)"
  status="$(curl --silent --show-error --output "$body" --write-out '%{http_code}' \
    --request "$method" --header "Authorization: Bearer $STACKFIT_TOKEN" \
    --header 'Accept: application/json' "$server$path")" || {
    rm -f "$body"
    echo "reassess-all: cannot reach $server" >&2
    exit 2
  }
  if [ "$status" -ge 300 ]; then
    echo "reassess-all: $method $path answered $status: $(field detail <"$body")" >&2
    rm -f "$body"
    exit 2
  fi
  cat "$body"
  rm -f "$body"
}

# The value of a top-level string field of a JSON answer (as the server writes it, one per line
# when pretty-printed, or inline when compact). Escapes are left as they are.
field() {
  { tr -d '\n' | grep -o "\"$1\" *: *\"\\([^\"\\\\]\\|\\\\.\\)*\"" || true; } | head -n 1 \
    | sed -e "s/^\"$1\" *: *\"//" -e 's/"$//'
}

# Decision ids are 12 url-safe characters; a title cannot contain an unescaped "id":" sequence.
list="$(api GET /api/v1/decisions)" || exit 2
ids="$(printf '%s' "$list" | { grep -o '"id" *: *"[A-Za-z0-9_-]*"' || true; } \
  | sed 's/.*"\([^"]*\)"$/\1/')"

due=0
total=0
for id in $ids; do
  total=$((total + 1))
  status="$(api GET "/api/v1/decisions/$id" | field status)"
  report="$(api POST "/api/v1/decisions/$id/reassessment")"
  heading="$(printf '%s' "$report" | field heading)"
  summary="$(printf '%s' "$report" | field summary)"
  if [ "$status" != accepted ]; then
    echo "skip $id $status: $heading"
    continue
  fi
  if printf '%s' "$report" | tr -d '\n' | grep -q '"due" *: *true'; then
    due=$((due + 1))
    echo "DUE  $id: $heading. $summary"
    printf '%s' "$report" | grep -o '"message" *: *"\([^"\\]\|\\.\)*"' \
      | sed -e 's/^"message" *: *"/       - /' -e 's/"$//' || true
  else
    echo "ok   $id: $heading. $summary"
  fi
done

echo "$total decision(s) reassessed, $due due for review."
[ "$due" -eq 0 ]
