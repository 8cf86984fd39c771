-- Who saved each evaluation (its owner) and whom the owner let open decision sessions on it.
-- Portable SQL: runs on SQLite and PostgreSQL. Evaluations saved before any account existed have
-- no row here: only administrators may use them.
CREATE TABLE evaluation_owner (
  evaluation_id VARCHAR(32) NOT NULL PRIMARY KEY REFERENCES evaluation (id),
  account_id    VARCHAR(32) NOT NULL REFERENCES account (id)
);

CREATE TABLE evaluation_allowed (
  evaluation_id VARCHAR(32) NOT NULL REFERENCES evaluation (id),
  account_id    VARCHAR(32) NOT NULL REFERENCES account (id),
  PRIMARY KEY (evaluation_id, account_id)
);
