package dev.stackfit.core.team;

import dev.stackfit.core.decision.DecisionStatus;
import java.time.Instant;

/**
 * A recorded decision of a session.
 *
 * @param id stable id used in its URL
 * @param sessionId the session that took it
 * @param decisionJson the decision file (formats' DecisionJson)
 * @param status its MADR status, kept apart for listing
 * @param createdAt when it was recorded
 * @param supersedes the id of the session's decision it replaces, or "" for the session's first
 */
public record DecisionRecord(
    String id,
    String sessionId,
    String decisionJson,
    DecisionStatus status,
    Instant createdAt,
    String supersedes) {
  public DecisionRecord {
    if (supersedes == null) {
      throw new IllegalArgumentException("supersedes is \"\" for a session's first decision");
    }
  }

  /** A session's first decision, superseding none. */
  public DecisionRecord(
      String id, String sessionId, String decisionJson, DecisionStatus status, Instant createdAt) {
    this(id, sessionId, decisionJson, status, createdAt, "");
  }
}
