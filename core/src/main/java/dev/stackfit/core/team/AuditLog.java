package dev.stackfit.core.team;

import java.util.List;

/** Port: the append-only security audit log. Thread-safe; shared by servers on one database. */
public interface AuditLog {
  void append(AuditEvent event);

  /** The newest {@code limit} events (at most 1,000), newest first. */
  List<AuditEvent> newest(int limit);
}
