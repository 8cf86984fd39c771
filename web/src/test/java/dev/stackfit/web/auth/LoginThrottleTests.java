package dev.stackfit.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import dev.stackfit.core.team.AuditLog;
import dev.stackfit.store.Database;
import dev.stackfit.store.Databases;
import dev.stackfit.store.team.JdbiTeamStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Throttling on the audit log of a real SQLite database. */
class LoginThrottleTests {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

  @TempDir Path dir;
  private Database database;
  private AuditLog audit;

  @BeforeEach
  void open() {
    database = Databases.openSqlite(dir);
    audit = JdbiTeamStores.on(database.dataSource()).audit();
  }

  @AfterEach
  void close() {
    database.close();
  }

  private void failed(String account, String client, Instant at) {
    audit.append(new AuditEvent(at, account, AuditAction.LOGIN_FAILED, client, ""));
  }

  /** Reserves and at once releases an attempt: what one sign-in at a time sees. */
  private static java.util.Optional<Duration> wait(
      LoginThrottle throttle, String account, String client, Instant now) {
    java.util.Optional<Duration> wait = throttle.reserve(account, client, now);
    if (wait.isEmpty()) {
      throttle.release(account, client);
    }
    return wait;
  }

  @Test
  void attemptsStillBeingCheckedCountTowardsTheLimit() {
    LoginThrottle throttle = new LoginThrottle(audit);
    for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES - 1; i++) {
      failed("Ada", "10.0.0.1", T0);
    }
    assertThat(throttle.reserve("Ada", "10.0.0.1", T0)).isEmpty();
    assertThat(throttle.reserve("ada", "10.0.0.7", T0))
        .as("a parallel guess waits for the outcome of the one in flight")
        .contains(Duration.ofSeconds(1));
    failed("Ada", "10.0.0.1", T0);
    throttle.release("Ada", "10.0.0.1");
    assertThat(throttle.reserve("Ada", "10.0.0.7", T0.plusSeconds(1)))
        .contains(LoginThrottle.WINDOW.minusSeconds(1));
  }

  @Test
  void theSixthAttemptOnOneAccountWaitsUntilTheOldestFailureLeavesTheWindow() {
    LoginThrottle throttle = new LoginThrottle(audit);
    for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
      assertThat(wait(throttle, "Ada", "10.0.0.1", T0.plusSeconds(i))).isEmpty();
      failed("Ada", "10.0.0.1", T0.plusSeconds(i));
    }
    assertThat(wait(throttle, "ada", "10.0.0.2", T0.plusSeconds(10)))
        .as("names are case-insensitive, and changing address does not help")
        .contains(LoginThrottle.WINDOW.minusSeconds(10));
    assertThat(wait(throttle, "Ada", "10.0.0.1", T0.plus(LoginThrottle.WINDOW))).isEmpty();
    assertThat(wait(throttle, "Bo", "10.0.0.1", T0.plusSeconds(10))).isEmpty();
  }

  @Test
  void oneAddressTryingManyAccountsIsThrottledToo() {
    LoginThrottle throttle = new LoginThrottle(audit);
    for (int i = 0; i < LoginThrottle.CLIENT_FAILURES; i++) {
      failed("user-" + i, "10.0.0.9", T0);
    }
    assertThat(wait(throttle, "someone-else", "10.0.0.9", T0)).isPresent();
    assertThat(wait(throttle, "someone-else", "10.0.0.8", T0)).isEmpty();
  }

  @Test
  void successForgetsTheAccountsEarlierFailures() {
    LoginThrottle throttle = new LoginThrottle(audit);
    for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
      failed("Ada", "10.0.0.1", T0);
    }
    audit.append(new AuditEvent(T0.plusSeconds(1), "ada", AuditAction.LOGIN, "10.0.0.1", ""));
    assertThat(wait(throttle, "Ada", "10.0.0.3", T0.plus(Duration.ofSeconds(2)))).isEmpty();
  }

  @Test
  void aRestartForgivesNothing() {
    for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
      failed("Ada", "10.0.0.1", T0.plusSeconds(i));
    }
    database.close();
    database = Databases.openSqlite(dir);
    audit = JdbiTeamStores.on(database.dataSource()).audit();
    assertThat(wait(new LoginThrottle(audit), "Ada", "10.0.0.1", T0.plusSeconds(30))).isPresent();
  }
}
