package dev.stackfit.store.team;

import dev.stackfit.core.Identified;
import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import dev.stackfit.core.team.FailedLogins;
import dev.stackfit.core.team.LoginSession;
import dev.stackfit.core.team.NameTakenException;
import dev.stackfit.core.team.TeamStore;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Accounts, sign-in sessions and the audit log; the base of {@link JdbiTeamStore}. */
abstract sealed class AccountTables implements TeamStore permits SessionTables {
  private static final int AUDIT_MAX = 1_000;

  final Jdbi jdbi;
  private final SecureRandom random = new SecureRandom();

  /** A store on a migrated database (see {@code Databases}). */
  AccountTables(DataSource dataSource) {
    this.jdbi = Jdbi.create(dataSource);
  }

  String newId() {
    byte[] bytes = new byte[9];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public Account addAccount(String name, String passwordHash, boolean admin, Instant createdAt) {
    Account account = new Account(newId(), name, passwordHash, admin, millis(createdAt));
    call(() -> jdbi.inTransaction(h -> insertAccount(h, account)));
    return account;
  }

  /** Inserts {@code account} on {@code handle}, refusing a name already taken in any case. */
  static Account insertAccount(Handle handle, Account account) {
    long taken =
        handle
            .createQuery("SELECT COUNT(*) FROM account WHERE LOWER(name) = LOWER(?)")
            .bind(0, account.name())
            .mapTo(Long.class)
            .one();
    if (taken > 0) {
      throw new NameTakenException(account.name());
    }
    handle.execute(
        "INSERT INTO account (id, name, password_hash, is_admin, created_at_ms)"
            + " VALUES (?, ?, ?, ?, ?)",
        account.id(),
        account.name(),
        account.passwordHash(),
        account.admin() ? 1 : 0,
        account.createdAt().toEpochMilli());
    return account;
  }

  @Override
  public Optional<Account> findAccountByName(String name) {
    return account("name", name);
  }

  @Override
  public Optional<Account> findAccount(String id) {
    return account("id", id);
  }

  private Optional<Account> account(String column, String value) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT id, name, password_hash, is_admin, created_at_ms FROM account"
                                + " WHERE "
                                + column
                                + " = ?")
                        .bind(0, value)
                        .map(
                            (r, c) ->
                                new Account(
                                    r.getString(1),
                                    r.getString(2),
                                    r.getString(3),
                                    r.getInt(4) == 1,
                                    Instant.ofEpochMilli(r.getLong(5))))
                        .findOne()));
  }

  @Override
  public long accountCount() {
    return call(
        () ->
            jdbi.withHandle(
                h -> h.createQuery("SELECT COUNT(*) FROM account").mapTo(Long.class).one()));
  }

  @Override
  public void saveLogin(LoginSession login) {
    update(
        "INSERT INTO login_session (token_hash, account_id, csrf_token, created_at_ms,"
            + " expires_at_ms) VALUES (?, ?, ?, ?, ?)",
        login.tokenHash(),
        login.accountId(),
        login.csrfToken(),
        login.createdAt().toEpochMilli(),
        login.expiresAt().toEpochMilli());
  }

  @Override
  public Optional<LoginSession> findLogin(String tokenHash) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT token_hash, account_id, csrf_token, created_at_ms,"
                                + " expires_at_ms FROM login_session WHERE token_hash = ?")
                        .bind(0, tokenHash)
                        .map(
                            (r, c) ->
                                new LoginSession(
                                    r.getString(1),
                                    r.getString(2),
                                    r.getString(3),
                                    Instant.ofEpochMilli(r.getLong(4)),
                                    Instant.ofEpochMilli(r.getLong(5))))
                        .findOne()));
  }

  @Override
  public int deleteExpiredLogins(Instant now) {
    return update("DELETE FROM login_session WHERE expires_at_ms <= ?", now.toEpochMilli());
  }

  @Override
  public void deleteLogin(String tokenHash) {
    update("DELETE FROM login_session WHERE token_hash = ?", tokenHash);
  }

  @Override
  public void audit(AuditEvent event) {
    update(
        "INSERT INTO audit_event (id, at_ms, account_name, event, client, detail)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        newId(),
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
  public List<AuditEvent> auditLog(int limit) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT at_ms, account_name, event, client, detail FROM audit_event"
                                + " ORDER BY at_ms DESC, id LIMIT ?")
                        .bind(0, Math.min(Math.max(limit, 0), AUDIT_MAX))
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
  public FailedLogins failedLogins(String accountName, String client, Instant after) {
    long since = after.toEpochMilli();
    String name = clip(accountName, 64);
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    new FailedLogins(
                        h.createQuery(
                                "SELECT at_ms FROM audit_event WHERE event = :failed"
                                    + " AND at_ms > :since AND LOWER(account_name) = LOWER(:name)"
                                    + " AND at_ms > (SELECT COALESCE(MAX(at_ms), -1) FROM audit_event"
                                    + " WHERE event = :login AND at_ms > :since"
                                    + " AND LOWER(account_name) = LOWER(:name))"
                                    + " ORDER BY at_ms")
                            .bind("failed", AuditAction.LOGIN_FAILED.id())
                            .bind("login", AuditAction.LOGIN.id())
                            .bind("since", since)
                            .bind("name", name)
                            .map((r, c) -> Instant.ofEpochMilli(r.getLong(1)))
                            .list(),
                        h.createQuery(
                                "SELECT at_ms FROM audit_event WHERE event = :failed"
                                    + " AND at_ms > :since AND client = :client ORDER BY at_ms")
                            .bind("failed", AuditAction.LOGIN_FAILED.id())
                            .bind("since", since)
                            .bind("client", clip(client, 100))
                            .map((r, c) -> Instant.ofEpochMilli(r.getLong(1)))
                            .list())));
  }

  static Instant millis(Instant at) {
    return Instant.ofEpochMilli(at.toEpochMilli());
  }

  int update(String sql, Object... args) {
    return call(() -> jdbi.withHandle(h -> h.execute(sql, args)));
  }

  static <T> T call(Supplier<T> body) {
    try {
      return body.get();
    } catch (JdbiException e) {
      throw new TeamStoreException("database call failed: " + e.getMessage(), e);
    }
  }
}
