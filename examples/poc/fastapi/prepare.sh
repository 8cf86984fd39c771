#!/usr/bin/env bash
# Prepares the FastAPI proof of concept: nothing to install or build (Debian's python3-fastapi,
# python3-uvicorn and python3-jinja2), so it only checks they are there and compiles the sources to
# bytecode. The fresh database is made by run.sh at every start, so that each start serves the same
# data.
set -euo pipefail
cd "$(dirname "$0")"
python=/usr/bin/python3
if ! "$python" -c 'import fastapi, uvicorn, jinja2' 2>/dev/null; then
  echo "fastapi: missing Debian packages; run: apt-get install -y python3-fastapi python3-uvicorn python3-jinja2" >&2
  exit 3
fi
"$python" -m compileall -q app >&2
echo "fastapi: ready" >&2
