-- Personal API tokens for automation. Only the SHA-256 of a token is kept: a copy of the database
-- does not let anyone in. Portable SQL (SQLite and PostgreSQL); times are epoch milliseconds (UTC).
CREATE TABLE api_token (
  id               VARCHAR(32)  NOT NULL PRIMARY KEY,
  token_hash       VARCHAR(64)  NOT NULL UNIQUE,
  account_id       VARCHAR(32)  NOT NULL REFERENCES account (id),
  name             VARCHAR(400) NOT NULL,
  scope            VARCHAR(20)  NOT NULL,
  created_at_ms    BIGINT       NOT NULL,
  expires_at_ms    BIGINT       NOT NULL,
  last_used_at_ms  BIGINT,
  revoked_at_ms    BIGINT
);

CREATE INDEX api_token_by_account ON api_token (account_id, created_at_ms);
