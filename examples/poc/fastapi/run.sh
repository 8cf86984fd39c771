#!/usr/bin/env bash
# Starts the FastAPI proof of concept on 127.0.0.1:PORT (default 8080) under uvicorn.
# Needs Debian's python3-fastapi, python3-uvicorn and python3-jinja2 (PyPI is not used).
set -euo pipefail
cd "$(dirname "$0")"
port="${1:-8080}"
python=/usr/bin/python3
if ! "$python" -c 'import fastapi, uvicorn, jinja2' 2>/dev/null; then
  echo "fastapi: missing Debian packages; run: apt-get install -y python3-fastapi python3-uvicorn python3-jinja2" >&2
  exit 3
fi
workers="${POC_WORKERS:-$(nproc)}"
"$python" -m app.initdb
echo "fastapi: $workers uvicorn workers on http://127.0.0.1:$port" >&2
exec "$python" -m uvicorn app.main:app --host 127.0.0.1 --port "$port" \
  --workers "$workers" --no-access-log --log-level warning
