package dev.stackfit.core.team;

import java.time.Instant;

/**
 * A signed-in browser or client.
 *
 * @param tokenHash SHA-256 of the cookie token, hex; the token itself is never stored
 * @param accountId who signed in
 * @param csrfToken the synchronizer token state changes must carry
 * @param createdAt sign-in time
 * @param expiresAt when the session stops being accepted
 */
public record LoginSession(
    String tokenHash, String accountId, String csrfToken, Instant createdAt, Instant expiresAt) {
  public boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
