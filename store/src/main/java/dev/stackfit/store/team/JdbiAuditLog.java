package dev.stackfit.store.team;

import dev.stackfit.core.Identified;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import dev.stackfit.core.team.AuditLog;
import java.time.Instant;
import java.util.List;

/** The audit log on SQLite or PostgreSQL; texts are clipped to their columns. */
final class JdbiAuditLog implements AuditLog {
  private static final int MAX = 1_000;

  private final TeamTables tables;

  JdbiAuditLog(TeamTables tables) {
    this.tables = tables;
  }

  @Override
  public void append(AuditEvent event) {
    tables.update(
        "INSERT INTO audit_event (id, at_ms, account_name, event, client, detail)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        tables.newId(),
        event.at().toEpochMilli(),
        clip(event.account(), 64),
        event.action().id(),
        clip(event.client(), 100),
        clip(event.detail(), 500));
  }

  private static String clip(String text, int max) {
    String value = text == null ? "" : text;
    return value.length() <= max ? value : value.substring(0, max);
  }

  @Override
  public List<AuditEvent> newest(int limit) {
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT at_ms, account_name, event, client, detail FROM audit_event"
                                + " ORDER BY at_ms DESC, id LIMIT ?")
                        .bind(0, Math.min(Math.max(limit, 0), MAX))
                        .map(
                            (r, c) ->
                                new AuditEvent(
                                    Instant.ofEpochMilli(r.getLong(1)),
                                    r.getString(2),
                                    Identified.of(AuditAction.class, r.getString(3)),
                                    r.getString(4),
                                    r.getString(5)))
                        .list()));
  }

  @Override
  public List<Instant> times(AuditAction action, String client, Instant since) {
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT at_ms FROM audit_event WHERE event = ? AND client = ?"
                                + " AND at_ms > ? ORDER BY at_ms DESC LIMIT ?")
                        .bind(0, action.id())
                        .bind(1, clip(client, 100))
                        .bind(2, since.toEpochMilli())
                        .bind(3, MAX)
                        .map((r, c) -> Instant.ofEpochMilli(r.getLong(1)))
                        .list()
                        .reversed()));
  }
}
