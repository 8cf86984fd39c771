-- Decision sessions, members, invitations, blind ballots and decision records.
-- Portable SQL: runs on SQLite and PostgreSQL; times are epoch milliseconds (UTC).
CREATE TABLE decision_session (
  id            VARCHAR(32)  NOT NULL PRIMARY KEY,
  title         VARCHAR(200) NOT NULL,
  evaluation_id VARCHAR(32)  NOT NULL,
  frameworks    VARCHAR(500) NOT NULL,
  round_no      INTEGER      NOT NULL,
  state         VARCHAR(20)  NOT NULL,
  created_by    VARCHAR(32)  NOT NULL REFERENCES account (id),
  created_at_ms BIGINT       NOT NULL
);

CREATE TABLE session_member (
  session_id   VARCHAR(32) NOT NULL REFERENCES decision_session (id),
  account_id   VARCHAR(32) NOT NULL REFERENCES account (id),
  role         VARCHAR(20) NOT NULL,
  joined_at_ms BIGINT      NOT NULL,
  PRIMARY KEY (session_id, account_id)
);

-- Only the SHA-256 of an invitation token is kept; used_at_ms makes it single-use.
CREATE TABLE invitation (
  token_hash    VARCHAR(64) NOT NULL PRIMARY KEY,
  session_id    VARCHAR(32) NOT NULL REFERENCES decision_session (id),
  role          VARCHAR(20) NOT NULL,
  expires_at_ms BIGINT      NOT NULL,
  used_at_ms    BIGINT,
  used_by       VARCHAR(32)
);

-- One row per voter and round: a revision replaces the row, so nothing is ever duplicated.
CREATE TABLE ballot (
  session_id    VARCHAR(32) NOT NULL REFERENCES decision_session (id),
  round_no      INTEGER     NOT NULL,
  account_id    VARCHAR(32) NOT NULL REFERENCES account (id),
  ballot_json   TEXT        NOT NULL,
  updated_at_ms BIGINT      NOT NULL,
  PRIMARY KEY (session_id, round_no, account_id)
);

CREATE TABLE decision_record (
  id            VARCHAR(32) NOT NULL PRIMARY KEY,
  session_id    VARCHAR(32) NOT NULL REFERENCES decision_session (id),
  decision_json TEXT        NOT NULL,
  status        VARCHAR(40) NOT NULL,
  created_at_ms BIGINT      NOT NULL
);
