-- Portable SQL: the same script runs on SQLite and PostgreSQL.
-- created_at_ms is epoch milliseconds (UTC) so both vendors store and sort it the same way.
CREATE TABLE evaluation (
  id              VARCHAR(32)  NOT NULL PRIMARY KEY,
  profile_name    VARCHAR(500) NOT NULL,
  profile_yaml    TEXT         NOT NULL,
  result_json     TEXT         NOT NULL,
  winner          VARCHAR(100) NOT NULL,
  created_at_ms   BIGINT       NOT NULL,
  lab_result_json TEXT
);

CREATE INDEX evaluation_newest ON evaluation (created_at_ms DESC, id);
