package dev.stackfit.store.team;

import dev.stackfit.core.team.EvaluationOwners;
import java.util.Optional;
import java.util.Set;

/** Evaluation owners and the accounts they allowed, on SQLite or PostgreSQL. */
final class JdbiEvaluationOwners implements EvaluationOwners {
  private final TeamTables tables;

  JdbiEvaluationOwners(TeamTables tables) {
    this.tables = tables;
  }

  @Override
  public void claim(String evaluationId, String accountId) {
    tables.update(
        "INSERT INTO evaluation_owner (evaluation_id, account_id) VALUES (?, ?)"
            + " ON CONFLICT (evaluation_id) DO NOTHING",
        evaluationId,
        accountId);
  }

  @Override
  public Optional<String> owner(String evaluationId) {
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
                h ->
                    h.createQuery("SELECT account_id FROM evaluation_owner WHERE evaluation_id = ?")
                        .bind(0, evaluationId)
                        .mapTo(String.class)
                        .findOne()));
  }

  @Override
  public void allow(String evaluationId, String accountId) {
    tables.update(
        "INSERT INTO evaluation_allowed (evaluation_id, account_id) VALUES (?, ?)"
            + " ON CONFLICT (evaluation_id, account_id) DO NOTHING",
        evaluationId,
        accountId);
  }

  @Override
  public Set<String> allowed(String evaluationId) {
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
                h ->
                    Set.copyOf(
                        h.createQuery(
                                "SELECT account_id FROM evaluation_allowed WHERE evaluation_id = ?")
                            .bind(0, evaluationId)
                            .mapTo(String.class)
                            .list())));
  }
}
