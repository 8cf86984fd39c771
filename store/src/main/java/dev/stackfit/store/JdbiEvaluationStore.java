package dev.stackfit.store;

import dev.stackfit.core.history.EvaluationStore;
import dev.stackfit.core.history.EvaluationSummary;
import dev.stackfit.core.history.NewEvaluation;
import dev.stackfit.core.history.SavedEvaluation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The evaluation store on any JDBC database the migrations support (SQLite, PostgreSQL).
 * Thread-safe: every call borrows its own connection.
 */
public final class JdbiEvaluationStore implements EvaluationStore {
  private static final int MAX_LIST = 1_000;
  private static final int ID_ATTEMPTS = 3;
  // The column is NOT NULL: no framework passed the profile's constraints.
  private static final String NO_WINNER = "";

  private final Jdbi jdbi;
  private final RandomIds ids;

  JdbiEvaluationStore(DataSource dataSource, RandomIds ids) {
    this.jdbi = Jdbi.create(dataSource);
    this.ids = ids;
  }

  @Override
  public SavedEvaluation save(NewEvaluation evaluation) {
    // Millisecond precision is what both vendors keep; answer what a later find() will return.
    Instant createdAt = Instant.ofEpochMilli(evaluation.createdAt().toEpochMilli());
    for (int attempt = 1; ; attempt++) {
      String id = ids.next();
      try {
        insert(id, evaluation, createdAt);
        return new SavedEvaluation(
            id,
            evaluation.profileName(),
            evaluation.profileYaml(),
            evaluation.resultJson(),
            evaluation.winner(),
            createdAt,
            Optional.empty());
      } catch (JdbiException e) {
        if (attempt >= ID_ATTEMPTS || find(id).isEmpty()) {
          throw new StoreException("cannot save evaluation: " + e.getMessage(), e);
        }
        // A 72-bit id collided with an existing one: draw another.
      }
    }
  }

  private void insert(String id, NewEvaluation evaluation, Instant createdAt) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO evaluation (id, profile_name, profile_yaml, result_json, winner,"
                        + " created_at_ms) VALUES (:id, :name, :yaml, :json, :winner, :created)")
                .bind("id", id)
                .bind("name", evaluation.profileName())
                .bind("yaml", evaluation.profileYaml())
                .bind("json", evaluation.resultJson())
                .bind("winner", evaluation.winner().orElse(NO_WINNER))
                .bind("created", createdAt.toEpochMilli())
                .execute());
  }

  @Override
  public Optional<SavedEvaluation> find(String id) {
    if (!RandomIds.plausible(id)) {
      return Optional.empty();
    }
    return wrap(
        () ->
            jdbi.withHandle(
                handle ->
                    handle
                        .createQuery(
                            "SELECT id, profile_name, profile_yaml, result_json, winner,"
                                + " created_at_ms, lab_result_json FROM evaluation WHERE id = :id")
                        .bind("id", id)
                        .map(JdbiEvaluationStore::saved)
                        .findOne()));
  }

  @Override
  public List<EvaluationSummary> list(int limit, int offset) {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException(
          "limit and offset must not be negative, were " + limit + " and " + offset);
    }
    return wrap(
        () ->
            jdbi.withHandle(
                handle ->
                    handle
                        .createQuery(
                            "SELECT id, profile_name, winner, created_at_ms FROM evaluation"
                                + " ORDER BY created_at_ms DESC, id LIMIT :limit OFFSET :offset")
                        .bind("limit", Math.min(limit, MAX_LIST))
                        .bind("offset", offset)
                        .map(JdbiEvaluationStore::summary)
                        .list()));
  }

  @Override
  public boolean attachLabResult(String id, String labResultJson) {
    if (!RandomIds.plausible(id)) {
      return false;
    }
    return wrap(
        () ->
            jdbi.withHandle(
                    handle ->
                        handle
                            .createUpdate(
                                "UPDATE evaluation SET lab_result_json = :lab WHERE id = :id")
                            .bind("lab", labResultJson)
                            .bind("id", id)
                            .execute())
                > 0);
  }

  private static SavedEvaluation saved(ResultSet row, StatementContext context)
      throws SQLException {
    return new SavedEvaluation(
        row.getString("id"),
        row.getString("profile_name"),
        row.getString("profile_yaml"),
        row.getString("result_json"),
        winner(row),
        Instant.ofEpochMilli(row.getLong("created_at_ms")),
        Optional.ofNullable(row.getString("lab_result_json")));
  }

  private static EvaluationSummary summary(ResultSet row, StatementContext context)
      throws SQLException {
    return new EvaluationSummary(
        row.getString("id"),
        row.getString("profile_name"),
        winner(row),
        Instant.ofEpochMilli(row.getLong("created_at_ms")));
  }

  private static Optional<String> winner(ResultSet row) throws SQLException {
    return Optional.of(row.getString("winner")).filter(id -> !id.equals(NO_WINNER));
  }

  private static <T> T wrap(Supplier<T> call) {
    try {
      return call.get();
    } catch (JdbiException e) {
      throw new StoreException("database call failed: " + e.getMessage(), e);
    }
  }
}
