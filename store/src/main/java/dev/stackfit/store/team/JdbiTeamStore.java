package dev.stackfit.store.team;

import dev.stackfit.core.Identified;
import dev.stackfit.core.decision.DecisionStatus;
import dev.stackfit.core.team.DecisionRecord;
import dev.stackfit.core.team.SessionState;
import dev.stackfit.core.team.StoredBallot;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The team store on any database the migrations support (SQLite, PostgreSQL). Thread-safe: every
 * call borrows its own connection, and every multi-row change runs in one transaction. Accounts
 * live in {@link AccountTables}, sessions in {@link SessionTables}; ballots and decisions here.
 */
public final class JdbiTeamStore extends SessionTables {
  /** A store on a migrated database (see {@code Databases}). */
  public JdbiTeamStore(DataSource dataSource) {
    super(dataSource);
  }

  @Override
  public void saveBallot(
      String sessionId, int round, String accountId, String ballotJson, Instant at) {
    update(
        "INSERT INTO ballot (session_id, round_no, account_id, ballot_json, updated_at_ms)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, round_no, account_id)"
            + " DO UPDATE SET ballot_json = excluded.ballot_json,"
            + " updated_at_ms = excluded.updated_at_ms",
        sessionId,
        round,
        accountId,
        ballotJson,
        at.toEpochMilli());
  }

  private static final String BALLOT_QUERY =
      "SELECT b.account_id, a.name, b.round_no, b.ballot_json, b.updated_at_ms FROM ballot b"
          + " JOIN account a ON a.id = b.account_id"
          + " LEFT JOIN session_member m ON m.session_id = b.session_id"
          + " AND m.account_id = b.account_id"
          + " WHERE b.session_id = ? AND b.round_no = ?";

  @Override
  public Optional<StoredBallot> ballot(String sessionId, int round, String accountId) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(BALLOT_QUERY + " AND b.account_id = ?")
                        .bind(0, sessionId)
                        .bind(1, round)
                        .bind(2, accountId)
                        .map((r, c) -> ballot(r))
                        .findOne()));
  }

  @Override
  public List<StoredBallot> ballots(String sessionId, int round) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(BALLOT_QUERY + " ORDER BY m.joined_at_ms, a.name")
                        .bind(0, sessionId)
                        .bind(1, round)
                        .map((r, c) -> ballot(r))
                        .list()));
  }

  private static StoredBallot ballot(java.sql.ResultSet r) throws java.sql.SQLException {
    return new StoredBallot(
        r.getString(1),
        r.getString(2),
        r.getInt(3),
        r.getString(4),
        Instant.ofEpochMilli(r.getLong(5)));
  }

  @Override
  public boolean transition(String sessionId, SessionState from, SessionState to, int round) {
    return update(
            "UPDATE decision_session SET state = ?, round_no = ? WHERE id = ? AND state = ?",
            to.id(),
            round,
            sessionId,
            from.id())
        == 1;
  }

  @Override
  public void saveDecision(DecisionRecord d) {
    update(
        "INSERT INTO decision_record (id, session_id, decision_json, status, created_at_ms)"
            + " VALUES (?, ?, ?, ?, ?)",
        d.id(),
        d.sessionId(),
        d.decisionJson(),
        d.status().id(),
        d.createdAt().toEpochMilli());
  }

  private static final String DECISION_QUERY =
      "SELECT id, session_id, decision_json, status, created_at_ms FROM decision_record";

  @Override
  public Optional<DecisionRecord> findDecision(String id) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(DECISION_QUERY + " WHERE id = ?")
                        .bind(0, id)
                        .map((r, c) -> decision(r))
                        .findOne()));
  }

  @Override
  public boolean updateDecision(String id, String decisionJson, DecisionStatus status) {
    return update(
            "UPDATE decision_record SET decision_json = ?, status = ? WHERE id = ?",
            decisionJson,
            status.id(),
            id)
        == 1;
  }

  @Override
  public List<DecisionRecord> decisions() {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(DECISION_QUERY + " ORDER BY created_at_ms DESC, id")
                        .map((r, c) -> decision(r))
                        .list()));
  }

  private static DecisionRecord decision(java.sql.ResultSet r) throws java.sql.SQLException {
    return new DecisionRecord(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        Identified.of(DecisionStatus.class, r.getString(4)),
        Instant.ofEpochMilli(r.getLong(5)));
  }
}
