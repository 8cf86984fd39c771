package dev.stackfit.core.team;

import dev.stackfit.core.decision.DecisionStatus;
import java.util.List;
import java.util.Optional;

/** Port: the decision records sessions took. Thread-safe. */
public interface DecisionStore {
  void save(DecisionRecord record);

  Optional<DecisionRecord> find(String id);

  /** Replaces the decision JSON and status (status changes); false when there is no such id. */
  boolean update(String id, String decisionJson, DecisionStatus status);

  /** Every record, newest first. */
  List<DecisionRecord> all();
}
