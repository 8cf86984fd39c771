'use strict';
// Opens the shared SQLite database; the primary process creates it, workers only open it.
const fs = require('node:fs');
const path = require('node:path');
const Database = require('better-sqlite3');

const SQL_DIR = path.resolve(__dirname, '..', '..');

function databasePath() {
  return process.env.POC_DB || path.resolve(__dirname, '..', 'data', 'poc.db');
}

/** Creates a fresh database file from the shared schema and seed scripts. */
function createDatabase(file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const db = new Database(file);
  db.exec(fs.readFileSync(path.join(SQL_DIR, 'schema.sql'), 'utf8'));
  db.exec(fs.readFileSync(path.join(SQL_DIR, 'seed.sql'), 'utf8'));
  db.close();
}

function openDatabase(file) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}

module.exports = { databasePath, createDatabase, openDatabase };
