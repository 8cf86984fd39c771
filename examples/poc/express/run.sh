#!/usr/bin/env bash
# Starts the Express proof of concept on 127.0.0.1:PORT (default 8080).
# First run: prepare.sh installs the locked dependencies from the npm registry with `npm ci` (the
# PoC lab runs prepare.sh itself beforehand, so its start-up never includes the install).
set -euo pipefail
cd "$(dirname "$0")"
port="${1:-8080}"
if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then
  bash ./prepare.sh
fi
export NODE_ENV=production
exec node src/server.js "$port"
