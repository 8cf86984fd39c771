package dev.stackfit.core.team;

import java.time.Instant;
import java.util.Optional;

/**
 * A personal API token for automation: the account it acts for, what it may do, until when.
 *
 * @param id store id, shown in lists and used to revoke it
 * @param tokenHash SHA-256 of the token, hex; the token itself is shown once and never stored
 * @param accountId whose rights it carries
 * @param name what its owner calls it ("monthly reassessment")
 * @param scope what it may do
 * @param createdAt when it was made
 * @param expiresAt when it stops being accepted
 * @param lastUsedAt when it was last used, to the minute; empty when never
 * @param revokedAt when its owner revoked it; empty while it is not revoked
 */
public record ApiToken(
    String id,
    String tokenHash,
    String accountId,
    String name,
    TokenScope scope,
    Instant createdAt,
    Instant expiresAt,
    Optional<Instant> lastUsedAt,
    Optional<Instant> revokedAt) {
  /** How audit lines name the token: "token ID (NAME, SCOPE)"; never its secret. */
  public String describe() {
    return "token " + id + " (" + name + ", " + scope.id() + ")";
  }

  /** True when the token is accepted at {@code now}: neither revoked nor expired. */
  public boolean usable(Instant now) {
    return revokedAt.isEmpty() && now.isBefore(expiresAt);
  }
}
