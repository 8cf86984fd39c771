package dev.stackfit.core.team;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: personal API tokens, kept by hash. Thread-safe. */
public interface ApiTokenStore {
  void save(ApiToken token);

  /** The token whose secret hashes to {@code tokenHash}, revoked and expired ones included. */
  Optional<ApiToken> findByHash(String tokenHash);

  /** The account's tokens, newest first, revoked and expired ones included. */
  List<ApiToken> of(String accountId);

  /**
   * Revokes the account's token {@code id}; a revoked token is never accepted again.
   *
   * @return false when the account has no such token, or it was revoked already
   */
  boolean revoke(String id, String accountId, Instant at);

  /** Records a use of the token. */
  void used(String id, Instant at);
}
