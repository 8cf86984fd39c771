package dev.stackfit.store.team;

import dev.stackfit.core.Identified;
import dev.stackfit.core.team.ApiToken;
import dev.stackfit.core.team.ApiTokenStore;
import dev.stackfit.core.team.TokenScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Personal API tokens on SQLite or PostgreSQL, by the SHA-256 of their secret. */
final class JdbiApiTokenStore implements ApiTokenStore {
  private static final String COLUMNS =
      "SELECT id, token_hash, account_id, name, scope, created_at_ms, expires_at_ms,"
          + " last_used_at_ms, revoked_at_ms FROM api_token";

  private final TeamTables tables;

  JdbiApiTokenStore(TeamTables tables) {
    this.tables = tables;
  }

  @Override
  public void save(ApiToken t) {
    tables.update(
        "INSERT INTO api_token (id, token_hash, account_id, name, scope, created_at_ms,"
            + " expires_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)",
        t.id(),
        t.tokenHash(),
        t.accountId(),
        t.name(),
        t.scope().id(),
        t.createdAt().toEpochMilli(),
        t.expiresAt().toEpochMilli());
  }

  @Override
  public Optional<ApiToken> findByHash(String tokenHash) {
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
                h ->
                    h.createQuery(COLUMNS + " WHERE token_hash = ?")
                        .bind(0, tokenHash)
                        .map((r, c) -> token(r))
                        .findOne()));
  }

  @Override
  public List<ApiToken> of(String accountId) {
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
                h ->
                    h.createQuery(COLUMNS + " WHERE account_id = ? ORDER BY created_at_ms DESC, id")
                        .bind(0, accountId)
                        .map((r, c) -> token(r))
                        .list()));
  }

  @Override
  public boolean revoke(String id, String accountId, Instant at) {
    return tables.update(
            "UPDATE api_token SET revoked_at_ms = ? WHERE id = ? AND account_id = ?"
                + " AND revoked_at_ms IS NULL",
            at.toEpochMilli(),
            id,
            accountId)
        == 1;
  }

  @Override
  public void used(String id, Instant at) {
    tables.update("UPDATE api_token SET last_used_at_ms = ? WHERE id = ?", at.toEpochMilli(), id);
  }

  private static ApiToken token(ResultSet r) throws SQLException {
    return new ApiToken(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        Identified.of(TokenScope.class, r.getString(5)),
        Instant.ofEpochMilli(r.getLong(6)),
        Instant.ofEpochMilli(r.getLong(7)),
        instant(r, 8),
        instant(r, 9));
  }

  private static Optional<Instant> instant(ResultSet r, int column) throws SQLException {
    long ms = r.getLong(column);
    return r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(ms));
  }
}
