package dev.stackfit.core.team;

import dev.stackfit.core.decision.DecisionStatus;
import java.util.List;
import java.util.Optional;

/**
 * Port: the decision records sessions took, one per session unless it supersedes another.
 * Thread-safe.
 */
public interface DecisionStore {
  /**
   * Saves a session's first decision ({@code record.supersedes()} is "").
   *
   * @return false when the session already has a first decision; nothing is saved then
   */
  boolean save(DecisionRecord record);

  /**
   * Saves {@code successor}, which supersedes {@code predecessor} (its {@code supersedes}), and
   * replaces the predecessor's JSON and status with {@code predecessor}'s, in one transaction.
   *
   * @return false when another decision already superseded it; nothing changes then
   */
  boolean supersede(DecisionRecord successor, DecisionRecord predecessor);

  Optional<DecisionRecord> find(String id);

  /** Replaces the decision JSON and status (status changes); false when there is no such id. */
  boolean update(String id, String decisionJson, DecisionStatus status);

  /** Every record, newest first. */
  List<DecisionRecord> all();

  /** The session's records, newest first. */
  List<DecisionRecord> ofSession(String sessionId);
}
