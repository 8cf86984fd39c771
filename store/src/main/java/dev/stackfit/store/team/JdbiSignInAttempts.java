package dev.stackfit.store.team;

import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.SignInAttempts;
import dev.stackfit.core.team.SignInHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Sign-in attempts in flight on SQLite or PostgreSQL. A reservation first takes the lock rows of
 * the account name and the client address (an upsert, in a fixed order), which serialises checks on
 * either across every server on the database: PostgreSQL holds the row locks, SQLite its one write
 * lock, until the transaction ends. What it then reads is committed by everyone before it.
 */
final class JdbiSignInAttempts implements SignInAttempts {
  /** Lock rows untouched for this long are deleted by the next reservation. */
  static final Duration LOCK_ROWS_KEPT = Duration.ofDays(1);

  private final TeamTables tables;

  JdbiSignInAttempts(TeamTables tables) {
    this.tables = tables;
  }

  @Override
  public Optional<Duration> reserve(
      String attemptId, Query query, Function<SignInHistory, Optional<Duration>> decide) {
    String name = clip(query.accountName(), 64);
    String client = clip(query.client(), 100);
    long now = query.at().toEpochMilli();
    return TeamTables.call(
        () ->
            tables.jdbi.inTransaction(
                h -> {
                  // "account:" sorts before "client:": every transaction locks in one order.
                  lock(h, "account:" + name.toLowerCase(Locale.ROOT), now);
                  lock(h, "client:" + client, now);
                  Optional<Duration> wait = decide.apply(history(h, name, client, query));
                  h.execute(
                      "DELETE FROM sign_in_lock WHERE touched_ms < ?",
                      now - LOCK_ROWS_KEPT.toMillis());
                  if (wait.isEmpty()) {
                    h.execute(
                        "INSERT INTO sign_in_attempt (id, account_name, client, started_at_ms)"
                            + " VALUES (?, ?, ?, ?)",
                        attemptId,
                        name,
                        client,
                        now);
                  }
                  return wait;
                }));
  }

  private static void lock(Handle h, String key, long now) {
    h.execute(
        "INSERT INTO sign_in_lock (lock_key, touched_ms) VALUES (?, ?)"
            + " ON CONFLICT (lock_key) DO UPDATE SET touched_ms = excluded.touched_ms",
        clip(key, 200),
        now);
  }

  private static SignInHistory history(Handle h, String name, String client, Query query) {
    // Attempts in flight first, failures after: an attempt ends by writing its failure and only
    // then deleting its reservation, so whatever is no longer in flight when this reads is
    // already in the audit log when the next statement reads that (PostgreSQL gives each
    // statement its own snapshot). The other order could miss an attempt in between.
    List<String[]> pending = pending(h, name, client, query.at().minus(ABANDONED_AFTER));
    long since = query.failuresSince().toEpochMilli();
    return new SignInHistory(
        accountFailures(h, name, since),
        clientFailures(h, client, since),
        known(h, name, client, query.knownSince()),
        (int) pending.stream().filter(p -> p[0].equalsIgnoreCase(name)).count(),
        (int)
            pending.stream()
                .filter(p -> p[0].equalsIgnoreCase(name) && p[1].equals(client))
                .count(),
        (int) pending.stream().filter(p -> p[1].equals(client)).count());
  }

  /** Account name and client of the attempts in flight on the account or from the client. */
  private static List<String[]> pending(Handle h, String name, String client, Instant since) {
    return h.createQuery(
            "SELECT account_name, client FROM sign_in_attempt WHERE started_at_ms > ?"
                + " AND (LOWER(account_name) = LOWER(?) OR client = ?)")
        .bind(0, since.toEpochMilli())
        .bind(1, name)
        .bind(2, client)
        .map((r, c) -> new String[] {r.getString(1), r.getString(2)})
        .list();
  }

  /** Failures naming the account since its last successful sign-in, oldest first. */
  private static List<SignInHistory.Failure> accountFailures(Handle h, String name, long since) {
    return h.createQuery(
            "SELECT at_ms, client FROM audit_event WHERE event = :failed"
                + " AND at_ms > :since AND LOWER(account_name) = LOWER(:name)"
                + " AND at_ms > (SELECT COALESCE(MAX(at_ms), -1) FROM audit_event"
                + " WHERE event = :login AND at_ms > :since"
                + " AND LOWER(account_name) = LOWER(:name))"
                + " ORDER BY at_ms")
        .bind("failed", AuditAction.LOGIN_FAILED.id())
        .bind("login", AuditAction.LOGIN.id())
        .bind("since", since)
        .bind("name", name)
        .map(
            (r, c) -> new SignInHistory.Failure(Instant.ofEpochMilli(r.getLong(1)), r.getString(2)))
        .list();
  }

  private static List<Instant> clientFailures(Handle h, String client, long since) {
    return h.createQuery(
            "SELECT at_ms FROM audit_event WHERE event = :failed"
                + " AND at_ms > :since AND client = :client ORDER BY at_ms")
        .bind("failed", AuditAction.LOGIN_FAILED.id())
        .bind("since", since)
        .bind("client", client)
        .map((r, c) -> Instant.ofEpochMilli(r.getLong(1)))
        .list();
  }

  /** True when the account signed in successfully from the client after {@code since}. */
  private static boolean known(Handle h, String name, String client, Instant since) {
    return h.createQuery(
                "SELECT COUNT(*) FROM audit_event WHERE event = :login"
                    + " AND LOWER(account_name) = LOWER(:name) AND client = :client"
                    + " AND at_ms > :since")
            .bind("login", AuditAction.LOGIN.id())
            .bind("name", name)
            .bind("client", client)
            .bind("since", since.toEpochMilli())
            .mapTo(Long.class)
            .one()
        > 0;
  }

  @Override
  public void release(String attemptId) {
    tables.update("DELETE FROM sign_in_attempt WHERE id = ?", attemptId);
  }

  private static String clip(String text, int max) {
    String value = text == null ? "" : text;
    return value.length() <= max ? value : value.substring(0, max);
  }
}
