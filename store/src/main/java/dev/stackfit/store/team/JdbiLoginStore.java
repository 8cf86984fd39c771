package dev.stackfit.store.team;

import dev.stackfit.core.team.LoginSession;
import dev.stackfit.core.team.LoginStore;
import java.time.Instant;
import java.util.Optional;

/** Sign-in sessions on SQLite or PostgreSQL, kept by the hash of their token. */
final class JdbiLoginStore implements LoginStore {
  private final TeamTables tables;

  JdbiLoginStore(TeamTables tables) {
    this.tables = tables;
  }

  @Override
  public void save(LoginSession login) {
    tables.update(
        "INSERT INTO login_session (token_hash, account_id, csrf_token, created_at_ms,"
            + " expires_at_ms) VALUES (?, ?, ?, ?, ?)",
        login.tokenHash(),
        login.accountId(),
        login.csrfToken(),
        login.createdAt().toEpochMilli(),
        login.expiresAt().toEpochMilli());
  }

  @Override
  public Optional<LoginSession> find(String tokenHash) {
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
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
  public void delete(String tokenHash) {
    tables.update("DELETE FROM login_session WHERE token_hash = ?", tokenHash);
  }

  @Override
  public int deleteExpired(Instant now) {
    return tables.update("DELETE FROM login_session WHERE expires_at_ms <= ?", now.toEpochMilli());
  }
}
