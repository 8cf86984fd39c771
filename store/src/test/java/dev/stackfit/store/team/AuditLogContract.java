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
}
