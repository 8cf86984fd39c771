-- Accounts, sign-in sessions and the audit log. Portable SQL: runs on SQLite and PostgreSQL.
-- Times are epoch milliseconds (UTC); booleans are 0/1 integers so both vendors read them alike.
CREATE TABLE account (
  id            VARCHAR(32)  NOT NULL PRIMARY KEY,
  name          VARCHAR(64)  NOT NULL UNIQUE,
  password_hash VARCHAR(500) NOT NULL,
  is_admin      INTEGER      NOT NULL,
  created_at_ms BIGINT       NOT NULL
);

-- Only the SHA-256 of a sign-in token is kept: a copy of the database does not sign anyone in.
CREATE TABLE login_session (
  token_hash    VARCHAR(64) NOT NULL PRIMARY KEY,
  account_id    VARCHAR(32) NOT NULL REFERENCES account (id),
  csrf_token    VARCHAR(64) NOT NULL,
  created_at_ms BIGINT      NOT NULL,
  expires_at_ms BIGINT      NOT NULL
);

CREATE TABLE audit_event (
  id           VARCHAR(32)  NOT NULL PRIMARY KEY,
  at_ms        BIGINT       NOT NULL,
  account_name VARCHAR(64)  NOT NULL,
  event        VARCHAR(40)  NOT NULL,
  client       VARCHAR(100) NOT NULL,
  detail       VARCHAR(500) NOT NULL
);

CREATE INDEX audit_event_newest ON audit_event (at_ms DESC, id);
