-- Sign-in attempts still being checked, shared by every server on the database, and one lock row
-- per account name and client address that serialises the check-and-reserve step across servers.
-- Portable SQL: runs on SQLite and PostgreSQL; times are epoch milliseconds (UTC).
CREATE TABLE sign_in_lock (
  lock_key   VARCHAR(200) NOT NULL PRIMARY KEY,
  touched_ms BIGINT       NOT NULL
);

CREATE INDEX sign_in_lock_touched ON sign_in_lock (touched_ms);

CREATE TABLE sign_in_attempt (
  id            VARCHAR(64)  NOT NULL PRIMARY KEY,
  account_name  VARCHAR(64)  NOT NULL,
  client        VARCHAR(100) NOT NULL,
  started_at_ms BIGINT       NOT NULL
);

-- Known clients: successful sign-ins by account and client.
CREATE INDEX audit_event_by_account ON audit_event (event, account_name, at_ms);
