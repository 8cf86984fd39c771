#!/usr/bin/env bash
# Prepares the Express proof of concept: installs the locked dependencies with `npm ci` (from the
# npm registry) when node_modules is missing or older than package-lock.json; otherwise does
# nothing. The PoC lab runs it before any start and times it apart from start-up; run.sh runs it
# too, so a first run by hand still works.
set -euo pipefail
cd "$(dirname "$0")"
if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then
  echo "express: installing dependencies with npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
  touch node_modules
else
  echo "express: dependencies already installed" >&2
fi
