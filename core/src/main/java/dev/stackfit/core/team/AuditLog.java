package dev.stackfit.core.team;

import java.time.Instant;
import java.util.List;

/** Port: the append-only security audit log. Thread-safe; shared by servers on one database. */
public interface AuditLog {
  void append(AuditEvent event);

  /** The newest {@code limit} events (at most 1,000), newest first. */
  List<AuditEvent> newest(int limit);

  /**
   * When the client's events of one kind after {@code since} happened, oldest first (at most the
   * newest 1,000), for rate limits that read the log.
   */
  List<Instant> times(AuditAction action, String client, Instant since);
}
