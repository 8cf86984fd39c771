package dev.stackfit.core.team;

import java.time.Instant;
import java.util.List;

/**
 * A decision session on a saved evaluation.
 *
 * @param id store id
 * @param title what is being decided
 * @param evaluationId the saved evaluation it started from
 * @param frameworks the shortlisted framework ids being judged
 * @param round current round, from 1
 * @param state whether the current round is open or revealed
 * @param createdBy the facilitator's account id
 * @param createdAt when it was opened
 */
public record TeamSession(
    String id,
    String title,
    String evaluationId,
    List<String> frameworks,
    int round,
    SessionState state,
    String createdBy,
    Instant createdAt) {
  public TeamSession {
    frameworks = List.copyOf(frameworks);
    if (round < 1) {
      throw new IllegalArgumentException("rounds start at 1, was " + round);
    }
  }
}
