#!/usr/bin/env bash
# Prepares the Django proof of concept: nothing to install or build (Debian's python3-django and
# gunicorn), so it only checks they are there and compiles the sources to bytecode. The fresh
# database is made by run.sh at every start, so that each start serves the same data.
set -euo pipefail
cd "$(dirname "$0")"
python=/usr/bin/python3
if ! "$python" -c 'import django, gunicorn' 2>/dev/null; then
  echo "django: missing Debian packages; run: apt-get install -y python3-django gunicorn" >&2
  exit 3
fi
"$python" -m compileall -q manage.py orders pocsite >&2
echo "django: ready" >&2
