package dev.stackfit.web.auth;

import dev.stackfit.core.team.AuditLog;
import dev.stackfit.core.team.FailedLogins;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing: after {@link #ACCOUNT_FAILURES} failures for one account (since its last
 * successful sign-in), or {@link #CLIENT_FAILURES} from one client address, within {@link #WINDOW},
 * further attempts are refused until enough failures have left the window. The failures are the
 * audit log's {@code login-failed} events, so a restart does not forgive them and every server on
 * one database counts the same ones. Attempts still being checked count too: each reserves its
 * place until its outcome is in the audit log, so a burst of parallel guesses cannot all slip past
 * the limit while the password hashes are computed.
 */
final class LoginThrottle {
  static final int ACCOUNT_FAILURES = 5;
  static final int CLIENT_FAILURES = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final AuditLog audit;
  private final Map<String, Integer> inFlight = new HashMap<>();

  LoginThrottle(AuditLog audit) {
    this.audit = audit;
  }

  /**
   * Reserves an attempt for the name and client and returns empty, or returns how long the caller
   * must wait. A reservation must be {@linkplain #release released} once the attempt's outcome is
   * in the audit log.
   */
  Optional<Duration> reserve(String account, String client, Instant now) {
    String accountKey = "account:" + account.toLowerCase(Locale.ROOT);
    String clientKey = "client:" + client;
    synchronized (inFlight) {
      FailedLogins failures = audit.failedLogins(account, client, now.minus(WINDOW));
      Optional<Duration> wait =
          wait(failures.forAccount(), inFlight.getOrDefault(accountKey, 0), ACCOUNT_FAILURES, now);
      if (wait.isEmpty()) {
        wait =
            wait(failures.fromClient(), inFlight.getOrDefault(clientKey, 0), CLIENT_FAILURES, now);
      }
      if (wait.isEmpty()) {
        inFlight.merge(accountKey, 1, Integer::sum);
        inFlight.merge(clientKey, 1, Integer::sum);
      }
      return wait;
    }
  }

  /** Ends a reservation made by {@link #reserve}. */
  void release(String account, String client) {
    synchronized (inFlight) {
      inFlight.computeIfPresent(
          "account:" + account.toLowerCase(Locale.ROOT), (k, n) -> n > 1 ? n - 1 : null);
      inFlight.computeIfPresent("client:" + client, (k, n) -> n > 1 ? n - 1 : null);
    }
  }

  /**
   * Attempts resume when so many failures have left the window that fewer than the limit stay; an
   * attempt that would only reach the limit together with others still being checked waits for
   * their outcome, a second.
   */
  private static Optional<Duration> wait(
      List<Instant> failures, int pending, int limit, Instant now) {
    if (failures.size() + pending < limit) {
      return Optional.empty();
    }
    if (failures.size() < limit) {
      return Optional.of(Duration.ofSeconds(1));
    }
    Instant release = failures.get(failures.size() - limit).plus(WINDOW);
    return Optional.of(Duration.between(now, release));
  }
}
