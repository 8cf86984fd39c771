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

/** Decision records on SQLite or PostgreSQL; the status is kept apart for listing. */
final class JdbiDecisionStore implements DecisionStore {
  private static final String DECISION_QUERY =
      "SELECT id, session_id, decision_json, status, created_at_ms FROM decision_record";

  private final TeamTables tables;

  JdbiDecisionStore(TeamTables tables) {
    this.tables = tables;
  }

  @Override
  public void save(DecisionRecord d) {
    tables.update(
        "INSERT INTO decision_record (id, session_id, decision_json, status, created_at_ms)"
            + " VALUES (?, ?, ?, ?, ?)",
        d.id(),
        d.sessionId(),
        d.decisionJson(),
        d.status().id(),
        d.createdAt().toEpochMilli());
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

  private static DecisionRecord decision(ResultSet r) throws SQLException {
    return new DecisionRecord(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        Identified.of(DecisionStatus.class, r.getString(4)),
        Instant.ofEpochMilli(r.getLong(5)));
  }
}
