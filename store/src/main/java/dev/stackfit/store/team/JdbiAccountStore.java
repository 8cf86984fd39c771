package dev.stackfit.store.team;

import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.AccountStore;
import dev.stackfit.core.team.NameTakenException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/** Accounts on SQLite or PostgreSQL; names are unique ignoring case. */
final class JdbiAccountStore implements AccountStore {
  private final TeamTables tables;

  JdbiAccountStore(TeamTables tables) {
    this.tables = tables;
  }

  @Override
  public Account add(String name, String passwordHash, boolean admin, Instant createdAt) {
    Account account =
        new Account(tables.newId(), name, passwordHash, admin, TeamTables.millis(createdAt));
    return claimingName(
        name, () -> TeamTables.call(() -> tables.jdbi.inTransaction(h -> insert(h, account))));
  }

  /**
   * Runs {@code insert}, which adds an account named {@code name}; when it fails because a racing
   * insert took the name first, that is a taken name, not a broken database.
   */
  <T> T claimingName(String name, Supplier<T> insert) {
    try {
      return insert.get();
    } catch (TeamStoreException e) {
      if (findByName(name).isPresent()) {
        throw new NameTakenException(name);
      }
      throw e;
    }
  }

  /** Inserts {@code account} on {@code handle}, refusing a name already taken in any case. */
  static Account insert(Handle handle, Account account) {
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
  public Optional<Account> findByName(String name) {
    return account("name", name);
  }

  @Override
  public Optional<Account> find(String id) {
    return account("id", id);
  }

  private Optional<Account> account(String column, String value) {
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
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
  public long count() {
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
                h -> h.createQuery("SELECT COUNT(*) FROM account").mapTo(Long.class).one()));
  }
}
