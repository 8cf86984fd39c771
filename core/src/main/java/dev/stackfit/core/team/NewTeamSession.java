package dev.stackfit.core.team;

import java.time.Instant;
import java.util.List;

/**
 * A decision session to open; the creator becomes its facilitator.
 *
 * @param title what is being decided
 * @param evaluationId the saved evaluation
 * @param frameworks shortlisted framework ids
 * @param createdBy facilitator account id
 * @param createdAt now
 */
public record NewTeamSession(
    String title,
    String evaluationId,
    List<String> frameworks,
    String createdBy,
    Instant createdAt) {
  public NewTeamSession {
    frameworks = List.copyOf(frameworks);
    if (frameworks.size() < 2) {
      throw new IllegalArgumentException("a session compares at least two frameworks");
    }
  }
}
