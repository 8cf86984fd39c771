package dev.stackfit.store.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import dev.stackfit.core.team.AuditLog;
import dev.stackfit.core.team.FailedLogins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} must do. */
abstract class AuditLogContract extends TeamStoreFixture {
  AuditLog log;

  @BeforeEach
  void audit() {
    log = stores.audit();
  }

  @Test
  void failedLoginsCountSinceTheLastSuccessPerAccountAndAllPerClient() {
    log.append(new AuditEvent(NOW.minusSeconds(3600), "Ada", AuditAction.LOGIN_FAILED, "a", ""));
    log.append(new AuditEvent(NOW.plusSeconds(1), "Ada", AuditAction.LOGIN_FAILED, "a", ""));
    log.append(new AuditEvent(NOW.plusSeconds(2), "ada", AuditAction.LOGIN, "a", ""));
    log.append(new AuditEvent(NOW.plusSeconds(3), "ADA", AuditAction.LOGIN_FAILED, "b", ""));
    log.append(new AuditEvent(NOW.plusSeconds(4), "bo", AuditAction.LOGIN_FAILED, "a", ""));
    log.append(new AuditEvent(NOW.plusSeconds(5), "ada", AuditAction.LOGOUT, "a", ""));
    FailedLogins failures = log.failedLogins("ada", "a", NOW);
    assertThat(failures.forAccount()).containsExactly(NOW.plusSeconds(3));
    assertThat(failures.fromClient()).containsExactly(NOW.plusSeconds(1), NOW.plusSeconds(4));
    assertThat(log.failedLogins("nobody", "z", NOW).forAccount()).isEmpty();
  }

  @Test
  void theAuditLogListsNewestFirst() {
    log.append(new AuditEvent(NOW, "ada", AuditAction.LOGIN, "127.0.0.1", ""));
    log.append(new AuditEvent(NOW.plusSeconds(1), "ada", AuditAction.LOGOUT, "127.0.0.1", ""));
    assertThat(log.newest(10))
        .extracting(AuditEvent::action)
        .containsExactly(AuditAction.LOGOUT, AuditAction.LOGIN);
  }
}
