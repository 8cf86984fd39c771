package dev.stackfit.web.auth;

import dev.stackfit.core.team.FailedLogins;
import dev.stackfit.core.team.TeamStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Slows password guessing: after {@link #ACCOUNT_FAILURES} failures for one account (since its last
 * successful sign-in), or {@link #CLIENT_FAILURES} from one client address, within {@link #WINDOW},
 * further attempts are refused until enough failures have left the window. The failures are the
 * audit log's {@code login-failed} events, so a restart does not forgive them and every server on
 * one database counts the same ones.
 */
final class LoginThrottle {
  static final int ACCOUNT_FAILURES = 5;
  static final int CLIENT_FAILURES = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final TeamStore store;

  LoginThrottle(TeamStore store) {
    this.store = store;
  }

  /** How long the caller must wait, or empty when an attempt is allowed now. */
  Optional<Duration> wait(String account, String client, Instant now) {
    FailedLogins failures = store.failedLogins(account, client, now.minus(WINDOW));
    Optional<Duration> forAccount = wait(failures.forAccount(), ACCOUNT_FAILURES, now);
    return forAccount.isPresent() ? forAccount : wait(failures.fromClient(), CLIENT_FAILURES, now);
  }

  /** Attempts resume when so many failures have left the window that fewer than the limit stay. */
  private static Optional<Duration> wait(List<Instant> failures, int limit, Instant now) {
    if (failures.size() < limit) {
      return Optional.empty();
    }
    Instant release = failures.get(failures.size() - limit).plus(WINDOW);
    return Optional.of(Duration.between(now, release));
  }
}
