package dev.stackfit.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

  @Test
  void theSixthAttemptOnOneAccountWaitsUntilTheOldestFailureLeavesTheWindow() {
    LoginThrottle throttle = new LoginThrottle();
    for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
      assertThat(throttle.wait("Ada", "10.0.0.1", T0.plusSeconds(i))).isEmpty();
      throttle.failed("Ada", "10.0.0.1", T0.plusSeconds(i));
    }
    assertThat(throttle.wait("ada", "10.0.0.2", T0.plusSeconds(10)))
        .as("names are case-insensitive, and changing address does not help")
        .contains(LoginThrottle.WINDOW.minusSeconds(10));
    assertThat(throttle.wait("Ada", "10.0.0.1", T0.plus(LoginThrottle.WINDOW))).isEmpty();
    assertThat(throttle.wait("Bo", "10.0.0.1", T0.plusSeconds(10))).isEmpty();
  }

  @Test
  void oneAddressTryingManyAccountsIsThrottledToo() {
    LoginThrottle throttle = new LoginThrottle();
    for (int i = 0; i < LoginThrottle.CLIENT_FAILURES; i++) {
      throttle.failed("user-" + i, "10.0.0.9", T0);
    }
    assertThat(throttle.wait("someone-else", "10.0.0.9", T0)).isPresent();
    assertThat(throttle.wait("someone-else", "10.0.0.8", T0)).isEmpty();
  }

  @Test
  void successForgetsTheAccountsFailures() {
    LoginThrottle throttle = new LoginThrottle();
    for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
      throttle.failed("Ada", "10.0.0.1", T0);
    }
    throttle.succeeded("Ada");
    assertThat(throttle.wait("Ada", "10.0.0.3", T0.plus(Duration.ofSeconds(1)))).isEmpty();
  }
}
