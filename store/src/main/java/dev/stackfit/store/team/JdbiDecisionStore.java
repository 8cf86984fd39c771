package dev.stackfit.store.team;

import dev.stackfit.core.Identified;
import dev.stackfit.core.decision.DecisionStatus;
import dev.stackfit.core.team.DecisionRecord;
import dev.stackfit.core.team.DecisionStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Decision records on SQLite or PostgreSQL; the status is kept apart for listing, and a unique
 * index keeps one decision per session and predecessor.
 */
final class JdbiDecisionStore implements DecisionStore {
  private static final String DECISION_QUERY =
      "SELECT id, session_id, decision_json, status, created_at_ms, supersedes FROM decision_record";
  // The unique index on (session_id, supersedes) makes the second of two racing inserts a no-op.
  private static final String INSERT =
      "INSERT INTO decision_record (id, session_id, decision_json, status, created_at_ms,"
          + " supersedes) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, supersedes) DO NOTHING";

  private final TeamTables tables;

  JdbiDecisionStore(TeamTables tables) {
    this.tables = tables;
  }

  @Override
  public boolean save(DecisionRecord d) {
    if (!d.supersedes().isEmpty()) {
      throw new IllegalArgumentException("a decision that supersedes another goes to supersede()");
    }
    return TeamTables.call(() -> tables.jdbi.withHandle(h -> insert(h, d)));
  }

  @Override
  public boolean supersede(DecisionRecord successor, DecisionRecord predecessor) {
    if (!successor.supersedes().equals(predecessor.id())
        || !successor.sessionId().equals(predecessor.sessionId())) {
      throw new IllegalArgumentException(
          successor.id() + " must supersede " + predecessor.id() + " of the same session");
    }
    return TeamTables.call(
        () ->
            tables.jdbi.inTransaction(
                h -> {
                  if (!insert(h, successor)) {
                    return false;
                  }
                  h.execute(
                      "UPDATE decision_record SET decision_json = ?, status = ? WHERE id = ?",
                      predecessor.decisionJson(),
                      predecessor.status().id(),
                      predecessor.id());
                  return true;
                }));
  }

  private static boolean insert(Handle h, DecisionRecord d) {
    return h.execute(
            INSERT,
            d.id(),
            d.sessionId(),
            d.decisionJson(),
            d.status().id(),
            d.createdAt().toEpochMilli(),
            d.supersedes())
        == 1;
  }

  @Override
  public Optional<DecisionRecord> find(String id) {
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
                h ->
                    h.createQuery(DECISION_QUERY + " WHERE id = ?")
                        .bind(0, id)
                        .map((r, c) -> decision(r))
                        .findOne()));
  }

  @Override
  public boolean update(String id, String decisionJson, DecisionStatus status) {
    return tables.update(
            "UPDATE decision_record SET decision_json = ?, status = ? WHERE id = ?",
            decisionJson,
            status.id(),
            id)
        == 1;
  }

  @Override
  public List<DecisionRecord> all() {
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
                h ->
                    h.createQuery(DECISION_QUERY + " ORDER BY created_at_ms DESC, id")
                        .map((r, c) -> decision(r))
                        .list()));
  }

  @Override
  public List<DecisionRecord> ofSession(String sessionId) {
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
                h ->
                    h.createQuery(
                            DECISION_QUERY
                                + " WHERE session_id = ? ORDER BY created_at_ms DESC, id")
                        .bind(0, sessionId)
                        .map((r, c) -> decision(r))
                        .list()));
  }

  private static DecisionRecord decision(ResultSet r) throws SQLException {
    return new DecisionRecord(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        Identified.of(DecisionStatus.class, r.getString(4)),
        Instant.ofEpochMilli(r.getLong(5)),
        r.getString(6));
  }
}
