package dev.stackfit.web.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #ACCOUNT_FAILURES} failures for one account, or {@link
 * #CLIENT_FAILURES} from one client address, within {@link #WINDOW}, further attempts are refused
 * until the oldest failure leaves the window. Kept in memory: a restart forgives, which is
 * acceptable for a team tool and keeps the database out of the hot path.
 */
final class LoginThrottle {
  static final int ACCOUNT_FAILURES = 5;
  static final int CLIENT_FAILURES = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
  private final Map<String, Deque<Instant>> byClient = new ConcurrentHashMap<>();

  /** How long the caller must wait, or empty when an attempt is allowed now. */
  Optional<Duration> wait(String account, String client, Instant now) {
    Optional<Duration> a = wait(byAccount, key(account), ACCOUNT_FAILURES, now);
    return a.isPresent() ? a : wait(byClient, client, CLIENT_FAILURES, now);
  }

  void failed(String account, String client, Instant now) {
    add(byAccount, key(account), now);
    add(byClient, client, now);
  }

  void succeeded(String account) {
    byAccount.remove(key(account));
  }

  private static String key(String account) {
    return account == null ? "" : account.toLowerCase(java.util.Locale.ROOT);
  }

  private static Optional<Duration> wait(
      Map<String, Deque<Instant>> map, String key, int limit, Instant now) {
    Deque<Instant> failures = map.get(key);
    if (failures == null) {
      return Optional.empty();
    }
    synchronized (failures) {
      prune(failures, now);
      if (failures.size() < limit) {
        return Optional.empty();
      }
      return Optional.of(Duration.between(now, failures.peekFirst().plus(WINDOW)));
    }
  }

  private static void add(Map<String, Deque<Instant>> map, String key, Instant now) {
    Deque<Instant> failures = map.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (failures) {
      prune(failures, now);
      failures.addLast(now);
    }
  }

  private static void prune(Deque<Instant> failures, Instant now) {
    while (!failures.isEmpty() && !failures.peekFirst().plus(WINDOW).isAfter(now)) {
      failures.removeFirst();
    }
  }
}
