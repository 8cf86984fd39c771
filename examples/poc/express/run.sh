#!/usr/bin/env bash
# Starts the Express proof of concept on 127.0.0.1:PORT (default 8080).
# First run: installs the locked dependencies from the npm registry with `npm ci`.
set -euo pipefail
cd "$(dirname "$0")"
port="${1:-8080}"
if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then
  echo "express: installing dependencies with npm ci (first run)" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
  touch node_modules
fi
export NODE_ENV=production
exec node src/server.js "$port"
