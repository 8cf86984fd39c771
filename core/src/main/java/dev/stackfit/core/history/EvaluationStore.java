package dev.stackfit.core.history;

import java.util.List;
import java.util.Optional;

/**
 * Port: where saved evaluations live (SQLite or PostgreSQL in the store module). Implementations
 * are thread-safe.
 */
public interface EvaluationStore {
  /** Saves a new evaluation and returns it with its id; never loses an acknowledged save. */
  SavedEvaluation save(NewEvaluation evaluation);

  Optional<SavedEvaluation> find(String id);

  /** Newest first. */
  List<EvaluationSummary> list(int limit, int offset);

  /** Attaches (or replaces) a PoC lab result JSON; false when no such evaluation exists. */
  boolean attachLabResult(String id, String labResultJson);
}
