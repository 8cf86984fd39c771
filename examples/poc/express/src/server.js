'use strict';
// Entry point: the primary creates the database, then forks one worker per core (node:cluster),
// because one Node process runs JavaScript on a single core.
const cluster = require('node:cluster');
const os = require('node:os');
const { databasePath, createDatabase, openDatabase } = require('./db');
const { createApp } = require('./app');

const port = Number(process.env.PORT || process.argv[2] || 8080);
const workers = Number(process.env.POC_WORKERS || os.availableParallelism());

if (cluster.isPrimary) {
  createDatabase(databasePath());
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (!process.exitCode) console.error(`worker ${worker.process.pid} exited (${signal || code})`);
  });
  const stop = () => {
    process.exitCode = 0;
    for (const worker of Object.values(cluster.workers)) worker.kill();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  console.log(`express: ${workers} workers on http://127.0.0.1:${port}`);
} else {
  const app = createApp(openDatabase(databasePath()));
  app.listen(port, '127.0.0.1');
}
