package dev.stackfit.core.team;

import java.time.Instant;
import java.util.List;

/** Port: the append-only security audit log. Thread-safe; shared by servers on one database. */
public interface AuditLog {
  void append(AuditEvent event);

  /** The newest {@code limit} events (at most 1,000), newest first. */
  List<AuditEvent> newest(int limit);

  /**
   * Failed sign-ins ({@link AuditAction#LOGIN_FAILED}) recorded after {@code after}: those naming
   * {@code accountName} since its last successful sign-in, and those from {@code client}. Read from
   * the log, so they survive restarts and are shared by servers on one database.
   */
  FailedLogins failedLogins(String accountName, String client, Instant after);
}
