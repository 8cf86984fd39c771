package dev.stackfit.store.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import dev.stackfit.core.team.AuditLog;
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
  void theAuditLogListsNewestFirst() {
    log.append(new AuditEvent(NOW, "ada", AuditAction.LOGIN, "127.0.0.1", ""));
    log.append(new AuditEvent(NOW.plusSeconds(1), "ada", AuditAction.LOGOUT, "127.0.0.1", ""));
    assertThat(log.newest(10))
        .extracting(AuditEvent::action)
        .containsExactly(AuditAction.LOGOUT, AuditAction.LOGIN);
  }

  @Test
  void timesAreTheClientsEventsOfOneKindSinceAnInstantOldestFirst() {
    for (int i = 0; i < 3; i++) {
      log.append(
          new AuditEvent(NOW.plusSeconds(i), "", AuditAction.INVITATION_REFUSED, "192.0.2.1", ""));
    }
    log.append(new AuditEvent(NOW, "", AuditAction.INVITATION_REFUSED, "192.0.2.2", ""));
    log.append(new AuditEvent(NOW, "ada", AuditAction.LOGIN_FAILED, "192.0.2.1", ""));
    assertThat(log.times(AuditAction.INVITATION_REFUSED, "192.0.2.1", NOW))
        .containsExactly(NOW.plusSeconds(1), NOW.plusSeconds(2));
    assertThat(log.times(AuditAction.INVITATION_REFUSED, "192.0.2.1", NOW.minusSeconds(1)))
        .hasSize(3);
    assertThat(log.times(AuditAction.INVITATION_THROTTLED, "192.0.2.1", NOW.minusSeconds(1)))
        .isEmpty();
  }
}
