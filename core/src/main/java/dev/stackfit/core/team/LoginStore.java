package dev.stackfit.core.team;

import java.time.Instant;
import java.util.Optional;

/** Port: the sign-in sessions of browsers and clients. Thread-safe. */
public interface LoginStore {
  void save(LoginSession login);

  /** The sign-in session whose cookie token hashes to {@code tokenHash}. */
  Optional<LoginSession> find(String tokenHash);

  /** Signs out: the session's token is no longer accepted. */
  void delete(String tokenHash);

  /** Deletes sign-in sessions that expired before {@code now}; returns how many. */
  int deleteExpired(Instant now);
}
