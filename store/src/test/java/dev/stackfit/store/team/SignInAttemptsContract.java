package dev.stackfit.store.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import dev.stackfit.core.team.AuditLog;
import dev.stackfit.core.team.SignInAttempts;
import dev.stackfit.core.team.SignInHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SignInAttempts} must do. */
abstract class SignInAttemptsContract extends TeamStoreFixture {
  AuditLog log;
  SignInAttempts attempts;

  @BeforeEach
  void attempts() {
    log = stores.audit();
    attempts = stores.signIns();
  }

  private static SignInAttempts.Query query(String name, String client, Instant at) {
    return new SignInAttempts.Query(
        name, client, at, at.minus(Duration.ofHours(1)), at.minus(Duration.ofDays(90)));
  }

  /** The history the store reads for {@code name} and {@code client}, without reserving. */
  private SignInHistory history(String name, String client, Instant at) {
    AtomicReference<SignInHistory> seen = new AtomicReference<>();
    attempts.reserve(
        "peek",
        query(name, client, at),
        h -> {
          seen.set(h);
          return Optional.of(Duration.ZERO);
        });
    return seen.get();
  }

  @Test
  void failuresCountSinceTheLastSuccessPerAccountAndAllPerClient() {
    log.append(new AuditEvent(NOW.minusSeconds(7200), "Ada", AuditAction.LOGIN_FAILED, "a", ""));
    log.append(new AuditEvent(NOW.plusSeconds(1), "Ada", AuditAction.LOGIN_FAILED, "a", ""));
    log.append(new AuditEvent(NOW.plusSeconds(2), "ada", AuditAction.LOGIN, "a", ""));
    log.append(new AuditEvent(NOW.plusSeconds(3), "ADA", AuditAction.LOGIN_FAILED, "b", ""));
    log.append(new AuditEvent(NOW.plusSeconds(4), "bo", AuditAction.LOGIN_FAILED, "a", ""));
    log.append(new AuditEvent(NOW.plusSeconds(5), "ada", AuditAction.LOGOUT, "a", ""));
    SignInHistory h = history("ada", "a", NOW.plusSeconds(10));
    assertThat(h.accountFailures())
        .containsExactly(new SignInHistory.Failure(NOW.plusSeconds(3), "b"));
    assertThat(h.pairFailures("b")).containsExactly(NOW.plusSeconds(3));
    assertThat(h.clientFailures()).containsExactly(NOW.plusSeconds(1), NOW.plusSeconds(4));
    assertThat(h.knownClient()).as("ada signed in from a").isTrue();
    assertThat(history("ada", "b", NOW.plusSeconds(10)).knownClient()).isFalse();
    assertThat(history("nobody", "z", NOW).accountFailures()).isEmpty();
  }

  @Test
  void aReservationCountsUntilReleasedOrAbandoned() {
    assertThat(attempts.reserve("one", query("Ada", "a", NOW), h -> Optional.empty())).isEmpty();
    SignInHistory h = history("ada", "b", NOW);
    assertThat(h.pendingForAccount()).isEqualTo(1);
    assertThat(h.pendingForPair()).isZero();
    assertThat(h.pendingForClient()).isZero();
    assertThat(history("Bo", "a", NOW).pendingForClient()).isEqualTo(1);
    assertThat(history("Ada", "a", NOW).pendingForPair()).isEqualTo(1);
    assertThat(
            history("Ada", "a", NOW.plus(SignInAttempts.ABANDONED_AFTER).plusSeconds(1))
                .pendingForAccount())
        .as("a reservation whose server died does not count for ever")
        .isZero();
    attempts.release("one");
    assertThat(history("Ada", "a", NOW).pendingForAccount()).isZero();
  }

  @Test
  void parallelReservationsSeeEachOther() throws Exception {
    // Each may go ahead only while nobody else is in flight: exactly one of them may.
    List<Future<Optional<Duration>>> results = new ArrayList<>();
    try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
      for (int i = 0; i < 8; i++) {
        String id = "attempt-" + i;
        results.add(
            threads.submit(
                () ->
                    attempts.reserve(
                        id,
                        query("Ada", "client-" + id, NOW),
                        h ->
                            h.pendingForAccount() == 0
                                ? Optional.empty()
                                : Optional.of(Duration.ofSeconds(1)))));
      }
    }
    int reserved = 0;
    for (Future<Optional<Duration>> r : results) {
      reserved += r.get().isEmpty() ? 1 : 0;
    }
    assertThat(reserved).isEqualTo(1);
  }
}
