package dev.stackfit.store.team;

import dev.stackfit.core.Identified;
import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.Invitation;
import dev.stackfit.core.team.InvitationStore;
import dev.stackfit.core.team.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Invitations on SQLite or PostgreSQL; the guarded UPDATE makes each token single-use. */
final class JdbiInvitationStore implements InvitationStore {
  private static final String COLUMNS =
      "SELECT token_hash, session_id, role, expires_at_ms, used_at_ms FROM invitation";

  private final TeamTables tables;
  private final JdbiAccountStore accounts;

  JdbiInvitationStore(TeamTables tables, JdbiAccountStore accounts) {
    this.tables = tables;
    this.accounts = accounts;
  }

  @Override
  public void save(Invitation i) {
    tables.update(
        "INSERT INTO invitation (token_hash, session_id, role, expires_at_ms) VALUES (?, ?, ?, ?)",
        i.tokenHash(),
        i.sessionId(),
        i.role().id(),
        i.expiresAt().toEpochMilli());
  }

  @Override
  public Optional<Invitation> find(String tokenHash) {
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
                h ->
                    h.createQuery(COLUMNS + " WHERE token_hash = ?")
                        .bind(0, tokenHash)
                        .map((r, c) -> invitation(r))
                        .findOne()));
  }

  @Override
  public List<Invitation> pending(String sessionId, Instant now) {
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
                h ->
                    h.createQuery(
                            COLUMNS
                                + " WHERE session_id = ? AND used_at_ms IS NULL"
                                + " AND expires_at_ms > ? ORDER BY expires_at_ms, token_hash")
                        .bind(0, sessionId)
                        .bind(1, now.toEpochMilli())
                        .map((r, c) -> invitation(r))
                        .list()));
  }

  private static Invitation invitation(ResultSet r) throws SQLException {
    long used = r.getLong(5);
    boolean unused = r.wasNull();
    return new Invitation(
        r.getString(1),
        r.getString(2),
        Identified.of(Role.class, r.getString(3)),
        Instant.ofEpochMilli(r.getLong(4)),
        unused ? Optional.empty() : Optional.of(Instant.ofEpochMilli(used)));
  }

  @Override
  public Optional<Invitation> redeem(String tokenHash, String accountId, Instant now) {
    Optional<Invitation> found = find(tokenHash);
    if (found.isEmpty() || !found.get().usable(now)) {
      return Optional.empty();
    }
    Invitation invitation = found.get();
    boolean redeemed =
        TeamTables.call(() -> tables.jdbi.inTransaction(h -> claim(h, invitation, accountId, now)));
    return redeemed ? Optional.of(invitation) : Optional.empty();
  }

  @Override
  public Optional<Redeemed> redeemForNewAccount(
      String tokenHash, String name, String passwordHash, Instant now) {
    Optional<Invitation> found = find(tokenHash);
    if (found.isEmpty() || !found.get().usable(now)) {
      return Optional.empty();
    }
    Invitation invitation = found.get();
    Account account =
        new Account(tables.newId(), name, passwordHash, false, TeamTables.millis(now));
    try {
      return accounts.claimingName(
          name,
          () ->
              TeamTables.call(
                  () ->
                      tables.jdbi.inTransaction(
                          h -> {
                            // The account comes first (the membership refers to it); losing the
                            // race for the invitation throws, which rolls the account back with
                            // everything else.
                            JdbiAccountStore.insert(h, account);
                            if (!claim(h, invitation, account.id(), now)) {
                              throw new LostInvitation();
                            }
                            return Optional.of(new Redeemed(account, invitation));
                          })));
    } catch (LostInvitation e) {
      return Optional.empty();
    }
  }

  /** Unwinds a sign-up whose invitation another request redeemed first. */
  private static final class LostInvitation extends RuntimeException {
    LostInvitation() {
      super("invitation already redeemed", null, false, false);
    }
  }

  /**
   * Marks the invitation used by the account and adds the membership; false when it was already
   * used or expired. The guard in the WHERE clause makes the token single-use under races.
   */
  private static boolean claim(Handle h, Invitation invitation, String accountId, Instant now) {
    int claimed =
        h.execute(
            "UPDATE invitation SET used_at_ms = ?, used_by = ? WHERE"
                + " token_hash = ? AND used_at_ms IS NULL AND expires_at_ms > ?",
            now.toEpochMilli(),
            accountId,
            invitation.tokenHash(),
            now.toEpochMilli());
    if (claimed != 1) {
      return false;
    }
    h.execute(
        "INSERT INTO session_member (session_id, account_id, role,"
            + " joined_at_ms) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (session_id, account_id) DO NOTHING",
        invitation.sessionId(),
        accountId,
        invitation.role().id(),
        now.toEpochMilli());
    return true;
  }
}
