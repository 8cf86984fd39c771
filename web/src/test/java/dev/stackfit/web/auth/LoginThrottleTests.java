package dev.stackfit.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import dev.stackfit.core.team.AuditLog;
import dev.stackfit.core.team.SignInAttempts;
import dev.stackfit.store.Database;
import dev.stackfit.store.Databases;
import dev.stackfit.store.team.JdbiTeamStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Throttling on the audit log and the attempts table of a real SQLite database. */
class LoginThrottleTests {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

  @TempDir Path dir;
  private Database database;
  private AuditLog audit;
  private SignInAttempts attempts;
  private int ids;

  @BeforeEach
  void open() {
    database = Databases.openSqlite(dir);
    audit = JdbiTeamStores.on(database.dataSource()).audit();
    attempts = JdbiTeamStores.on(database.dataSource()).signIns();
  }

  @AfterEach
  void close() {
    database.close();
  }

  private void failed(String account, String client, Instant at) {
    audit.append(new AuditEvent(at, account, AuditAction.LOGIN_FAILED, client, ""));
  }

  /** Reserves and at once releases an attempt: what one sign-in at a time sees. */
  private Optional<Duration> wait(String account, String client, Instant now) {
    LoginThrottle throttle = new LoginThrottle(attempts);
    String id = "attempt-" + ids++;
    Optional<Duration> wait = throttle.reserve(id, account, client, now);
    if (wait.isEmpty()) {
      throttle.release(id);
    }
    return wait;
  }

  @Test
  void attemptsStillBeingCheckedCountTowardsTheLimit() {
    LoginThrottle throttle = new LoginThrottle(attempts);
    for (int i = 0; i < LoginThrottle.PAIR_FAILURES - 1; i++) {
      failed("Ada", "10.0.0.1", T0);
    }
    assertThat(throttle.reserve("first", "Ada", "10.0.0.1", T0)).isEmpty();
    assertThat(throttle.reserve("second", "ada", "10.0.0.1", T0))
        .as("a parallel guess waits for the outcome of the one in flight")
        .contains(Duration.ofSeconds(1));
    assertThat(wait("Ada", "10.0.0.7", T0)).as("another address is not held back").isEmpty();
    failed("Ada", "10.0.0.1", T0);
    throttle.release("first");
    assertThat(wait("Ada", "10.0.0.1", T0.plusSeconds(1)))
        .contains(LoginThrottle.WINDOW.minusSeconds(1));
  }

  @Test
  void fiveFailuresHoldBackTheGuessersAddressButNotTheOwnersOthers() {
    for (int i = 0; i < LoginThrottle.PAIR_FAILURES; i++) {
      assertThat(wait("Ada", "10.0.0.1", T0.plusSeconds(i))).isEmpty();
      failed("Ada", "10.0.0.1", T0.plusSeconds(i));
    }
    assertThat(wait("ada", "10.0.0.1", T0.plusSeconds(10)))
        .as("names are compared ignoring case")
        .contains(LoginThrottle.WINDOW.minusSeconds(10));
    assertThat(wait("Ada", "10.0.0.2", T0.plusSeconds(10)))
        .as("the owner elsewhere is not locked out")
        .isEmpty();
    assertThat(wait("Ada", "10.0.0.1", T0.plus(LoginThrottle.WINDOW))).isEmpty();
    assertThat(wait("Bo", "10.0.0.1", T0.plusSeconds(10))).isEmpty();
  }

  @Test
  void oneAddressTryingManyAccountsIsThrottledToo() {
    for (int i = 0; i < LoginThrottle.CLIENT_FAILURES; i++) {
      failed("user-" + i, "10.0.0.9", T0);
    }
    assertThat(wait("someone-else", "10.0.0.9", T0)).isPresent();
    assertThat(wait("someone-else", "10.0.0.8", T0)).isEmpty();
  }

  @Test
  void guessesFromManyAddressesSlowDownNewAddressesButNeverKnownOnes() {
    audit.append(new AuditEvent(T0.minusSeconds(3600), "Ada", AuditAction.LOGIN, "10.1.1.1", ""));
    audit.append(new AuditEvent(T0.minusSeconds(3500), "Ada", AuditAction.LOGOUT, "10.1.1.1", ""));
    for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
      assertThat(wait("Ada", "203.0.113." + i, T0.plusSeconds(i))).isEmpty();
      failed("Ada", "203.0.113." + i, T0.plusSeconds(i));
    }
    Instant last = T0.plusSeconds(LoginThrottle.ACCOUNT_FAILURES - 1);
    assertThat(wait("Ada", "198.51.100.1", last)).contains(Duration.ofSeconds(1));
    assertThat(wait("Ada", "198.51.100.1", last.plusSeconds(1))).isEmpty();
    for (int i = 1; i <= 8; i++) {
      failed("Ada", "198.51.100." + i, last.plusSeconds(i * 100L));
    }
    Instant later = last.plusSeconds(800);
    assertThat(wait("Ada", "198.51.100.99", later))
        .as("the slowdown doubles with each failure, up to a minute")
        .contains(LoginThrottle.MAX_SLOWDOWN);
    assertThat(wait("Ada", "10.1.1.1", later))
        .as("the owner's usual address is never slowed down")
        .isEmpty();
  }

  @Test
  void successForgetsTheAccountsEarlierFailures() {
    for (int i = 0; i < LoginThrottle.PAIR_FAILURES; i++) {
      failed("Ada", "10.0.0.1", T0);
    }
    audit.append(new AuditEvent(T0.plusSeconds(1), "ada", AuditAction.LOGIN, "10.0.0.3", ""));
    assertThat(wait("Ada", "10.0.0.1", T0.plus(Duration.ofSeconds(2)))).isEmpty();
  }

  @Test
  void aRestartForgivesNothing() {
    for (int i = 0; i < LoginThrottle.PAIR_FAILURES; i++) {
      failed("Ada", "10.0.0.1", T0.plusSeconds(i));
    }
    database.close();
    database = Databases.openSqlite(dir);
    attempts = JdbiTeamStores.on(database.dataSource()).signIns();
    audit = JdbiTeamStores.on(database.dataSource()).audit();
    assertThat(wait("Ada", "10.0.0.1", T0.plusSeconds(30))).isPresent();
  }
}
