package dev.stackfit.store.team;

import dev.stackfit.core.team.BallotStore;
import dev.stackfit.core.team.SessionState;
import dev.stackfit.core.team.StoredBallot;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Ballots on SQLite or PostgreSQL: one row per voter and round, a revision replaces it, and only
 * while the round is open.
 */
final class JdbiBallotStore implements BallotStore {
  private static final String BALLOT_QUERY =
      "SELECT b.account_id, a.name, b.round_no, b.ballot_json, b.updated_at_ms FROM ballot b"
          + " JOIN account a ON a.id = b.account_id"
          + " LEFT JOIN session_member m ON m.session_id = b.session_id"
          + " AND m.account_id = b.account_id"
          + " WHERE b.session_id = ? AND b.round_no = ?";

  private final TeamTables tables;

  JdbiBallotStore(TeamTables tables) {
    this.tables = tables;
  }

  @Override
  public boolean save(
      String sessionId, int round, String accountId, String ballotJson, Instant at) {
    return TeamTables.call(
        () ->
            tables.jdbi.inTransaction(
                h -> {
                  // A no-op update that holds the session's row (PostgreSQL) or the write lock
                  // (SQLite) until this transaction ends: a reveal either waits for this ballot or
                  // has already changed the state, and then nothing is written.
                  int open =
                      h.execute(
                          "UPDATE decision_session SET state = state"
                              + " WHERE id = ? AND round_no = ? AND state = ?",
                          sessionId,
                          round,
                          SessionState.OPEN.id());
                  if (open == 0) {
                    return false;
                  }
                  h.execute(
                      "INSERT INTO ballot (session_id, round_no, account_id, ballot_json,"
                          + " updated_at_ms) VALUES (?, ?, ?, ?, ?)"
                          + " ON CONFLICT (session_id, round_no, account_id)"
                          + " DO UPDATE SET ballot_json = excluded.ballot_json,"
                          + " updated_at_ms = excluded.updated_at_ms",
                      sessionId,
                      round,
                      accountId,
                      ballotJson,
                      at.toEpochMilli());
                  return true;
                }));
  }

  @Override
  public Optional<StoredBallot> find(String sessionId, int round, String accountId) {
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
                h ->
                    h.createQuery(BALLOT_QUERY + " AND b.account_id = ?")
                        .bind(0, sessionId)
                        .bind(1, round)
                        .bind(2, accountId)
                        .map((r, c) -> ballot(r))
                        .findOne()));
  }

  @Override
  public List<StoredBallot> ofRound(String sessionId, int round) {
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
                h ->
                    h.createQuery(BALLOT_QUERY + " ORDER BY m.joined_at_ms, a.name")
                        .bind(0, sessionId)
                        .bind(1, round)
                        .map((r, c) -> ballot(r))
                        .list()));
  }

  private static StoredBallot ballot(ResultSet r) throws SQLException {
    return new StoredBallot(
        r.getString(1),
        r.getString(2),
        r.getInt(3),
        r.getString(4),
        Instant.ofEpochMilli(r.getLong(5)));
  }
}
