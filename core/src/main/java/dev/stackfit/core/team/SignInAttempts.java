package dev.stackfit.core.team;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Port: sign-in attempts still being checked, shared by every server on one database, so that
 * parallel guesses spread over several servers count together. Thread-safe.
 */
public interface SignInAttempts {
  /**
   * Atomically for all servers on the database: reads the {@link SignInHistory} the query asks for,
   * lets {@code decide} say how long the caller must wait, and when it says not at all, records
   * attempt {@code attemptId} as in flight until {@link #release}.
   *
   * @return how long the caller must wait; empty when the attempt was recorded
   */
  Optional<Duration> reserve(
      String attemptId, Query query, Function<SignInHistory, Optional<Duration>> decide);

  /** Ends an attempt recorded by {@link #reserve}, once its outcome is in the audit log. */
  void release(String attemptId);

  /** Attempts in flight for longer than this count as abandoned (their server died). */
  Duration ABANDONED_AFTER = Duration.ofMinutes(1);

  /**
   * What to read for one attempt.
   *
   * @param accountName the name tried (compared ignoring case)
   * @param client the client's address
   * @param at now
   * @param failuresSince failures at or before this are forgotten
   * @param knownSince a successful sign-in from the client after this makes it known
   */
  record Query(
      String accountName, String client, Instant at, Instant failuresSince, Instant knownSince) {}
}
