package dev.stackfit.web.auth;

import dev.stackfit.core.team.ApiToken;
import java.time.Instant;
import java.util.List;

/**
 * The signed-in account's API tokens and the form that makes one.
 *
 * @param tokens the account's tokens, newest first
 * @param secret a token just created, shown once; "" otherwise
 * @param csrf the session's CSRF token
 * @param now the time states are judged at
 */
public record TokensView(List<ApiToken> tokens, String secret, String csrf, Instant now) {
  /** "active", "revoked" or "expired". */
  public String state(ApiToken token) {
    if (token.revokedAt().isPresent()) {
      return "revoked";
    }
    return token.usable(now) ? "active" : "expired";
  }
}
