package dev.stackfit.web.auth;

import dev.stackfit.core.team.SignInAttempts;
import dev.stackfit.core.team.SignInHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Slows password guessing without locking the account's owner out (OWASP ASVS 5, V6.3: rate limits
 * that "prevent malicious account lockout"):
 *
 * <ul>
 *   <li>one account from one address: after {@link #PAIR_FAILURES} failures within {@link #WINDOW},
 *       that address waits until the oldest of them leaves the window; the owner at any other
 *       address is not held back;
 *   <li>one address, any accounts: after {@link #CLIENT_FAILURES} failures within the window it
 *       waits the same way (password spraying);
 *   <li>one account, any addresses: after {@link #ACCOUNT_FAILURES} failures since its last
 *       successful sign-in, attempts from addresses it has never signed in from are slowed down,
 *       each waiting after the latest failure twice as long as the one before, from 1 s up to
 *       {@link #MAX_SLOWDOWN} (distributed guessing); addresses it has signed in from within {@link
 *       #KNOWN_FOR} are not.
 * </ul>
 *
 * Failures are the audit log's, so a restart forgives nothing. Attempts still being checked count
 * too: each is recorded in the database until its outcome is in the audit log, so parallel guesses,
 * on one server or several sharing the database, cannot slip past a limit while the password hashes
 * are computed; an attempt that would reach a limit only together with those waits a second for
 * their outcome.
 */
final class LoginThrottle {
  static final int PAIR_FAILURES = 5;
  static final int CLIENT_FAILURES = 20;
  static final int ACCOUNT_FAILURES = 10;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration MAX_SLOWDOWN = Duration.ofSeconds(60);
  static final Duration KNOWN_FOR = Duration.ofDays(90);
  private static final Duration FOR_OTHERS = Duration.ofSeconds(1);

  private final SignInAttempts attempts;

  LoginThrottle(SignInAttempts attempts) {
    this.attempts = attempts;
  }

  /**
   * Reserves attempt {@code attemptId} for the name and client and returns empty, or returns how
   * long the caller must wait. A reservation must be {@linkplain #release released} once the
   * attempt's outcome is in the audit log.
   */
  Optional<Duration> reserve(String attemptId, String account, String client, Instant now) {
    SignInAttempts.Query query =
        new SignInAttempts.Query(account, client, now, now.minus(WINDOW), now.minus(KNOWN_FOR));
    return attempts.reserve(attemptId, query, history -> wait(history, client, now));
  }

  /** Ends a reservation made by {@link #reserve}. */
  void release(String attemptId) {
    attempts.release(attemptId);
  }

  static Optional<Duration> wait(SignInHistory history, String client, Instant now) {
    Optional<Duration> wait =
        limit(history.pairFailures(client), history.pendingForPair(), PAIR_FAILURES, now);
    if (wait.isEmpty()) {
      wait = limit(history.clientFailures(), history.pendingForClient(), CLIENT_FAILURES, now);
    }
    if (wait.isEmpty() && !history.knownClient()) {
      wait = slowdown(history, now);
    }
    return wait;
  }

  /**
   * Attempts resume when so many failures have left the window that fewer than the limit stay; an
   * attempt that would reach the limit only together with others still being checked waits a second
   * for their outcome.
   */
  private static Optional<Duration> limit(
      List<Instant> failures, int pending, int limit, Instant now) {
    if (failures.size() + pending < limit) {
      return Optional.empty();
    }
    if (failures.size() < limit) {
      return Optional.of(FOR_OTHERS);
    }
    Instant release = failures.get(failures.size() - limit).plus(WINDOW);
    return Optional.of(Duration.between(now, release));
  }

  /** The wait for an unknown address after many failures on the account, from anywhere. */
  private static Optional<Duration> slowdown(SignInHistory history, Instant now) {
    List<SignInHistory.Failure> failures = history.accountFailures();
    int over = failures.size() - ACCOUNT_FAILURES;
    if (over < 0) {
      return failures.size() + history.pendingForAccount() >= ACCOUNT_FAILURES
          ? Optional.of(FOR_OTHERS)
          : Optional.empty();
    }
    if (history.pendingForAccount() > 0) {
      return Optional.of(FOR_OTHERS);
    }
    Duration delay = Duration.ofSeconds(1L << Math.min(over, 6));
    if (delay.compareTo(MAX_SLOWDOWN) > 0) {
      delay = MAX_SLOWDOWN;
    }
    Instant next = failures.get(failures.size() - 1).at().plus(delay);
    return next.isAfter(now) ? Optional.of(Duration.between(now, next)) : Optional.empty();
  }
}
