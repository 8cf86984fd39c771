#!/usr/bin/env bash
# Prints the versions the Express proof of concept runs on, for the lab's record.
set -euo pipefail
cd "$(dirname "$0")"
node -e '
const v = (m) => { try { return require(`./node_modules/${m}/package.json`).version; } catch { return "not installed"; } };
let sqlite = "unknown";
try { sqlite = new (require("better-sqlite3"))(":memory:").prepare("select sqlite_version() v").get().v; } catch {}
console.log(`Express ${v("express")}, better-sqlite3 ${v("better-sqlite3")} (SQLite ${sqlite}), EJS ${v("ejs")}, Node ${process.versions.node}`);
'
