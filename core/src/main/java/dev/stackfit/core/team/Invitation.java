package dev.stackfit.core.team;

import java.time.Instant;
import java.util.Optional;

/**
 * A single-use, expiring invitation to a session.
 *
 * @param tokenHash SHA-256 of the link's token, hex
 * @param sessionId the session it admits to
 * @param role the role it grants
 * @param expiresAt when it stops being accepted
 * @param usedAt when it was redeemed, if it was
 */
public record Invitation(
    String tokenHash, String sessionId, Role role, Instant expiresAt, Optional<Instant> usedAt) {
  /** True when it may still be redeemed. */
  public boolean usable(Instant now) {
    return usedAt.isEmpty() && now.isBefore(expiresAt);
  }
}
