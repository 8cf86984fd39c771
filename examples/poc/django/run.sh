#!/usr/bin/env bash
# Starts the Django proof of concept on 127.0.0.1:PORT (default 8080) under gunicorn.
# Needs Debian's python3-django and gunicorn (PyPI is not used).
set -euo pipefail
cd "$(dirname "$0")"
port="${1:-8080}"
python=/usr/bin/python3
if ! "$python" -c 'import django, gunicorn' 2>/dev/null; then
  echo "django: missing Debian packages; run: apt-get install -y python3-django gunicorn" >&2
  exit 3
fi
# gunicorn's documented starting point for sync workers: (2 x cores) + 1.
workers="${POC_WORKERS:-$(( 2 * $(nproc) + 1 ))}"
export DJANGO_SETTINGS_MODULE=pocsite.settings
"$python" manage.py initdb
echo "django: $workers gunicorn sync workers on http://127.0.0.1:$port" >&2
exec "$python" -m gunicorn pocsite.wsgi:application --bind "127.0.0.1:$port" \
  --workers "$workers" --log-level warning
