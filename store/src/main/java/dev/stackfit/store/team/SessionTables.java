package dev.stackfit.store.team;

import dev.stackfit.core.Identified;
import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.Invitation;
import dev.stackfit.core.team.Member;
import dev.stackfit.core.team.NewTeamSession;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.team.SessionState;
import dev.stackfit.core.team.TeamSession;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;

/** Decision sessions, members and invitations; part of {@link JdbiTeamStore}. */
abstract sealed class SessionTables extends AccountTables permits JdbiTeamStore {
  SessionTables(DataSource dataSource) {
    super(dataSource);
  }

  @Override
  public TeamSession createSession(NewTeamSession s) {
    TeamSession session =
        new TeamSession(
            newId(),
            s.title(),
            s.evaluationId(),
            s.frameworks(),
            1,
            SessionState.OPEN,
            s.createdBy(),
            millis(s.createdAt()));
    call(
        () ->
            jdbi.inTransaction(
                h -> {
                  h.execute(
                      "INSERT INTO decision_session (id, title, evaluation_id, frameworks,"
                          + " round_no, state, created_by, created_at_ms)"
                          + " VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
                      session.id(),
                      s.title(),
                      s.evaluationId(),
                      String.join(",", s.frameworks()),
                      SessionState.OPEN.id(),
                      s.createdBy(),
                      s.createdAt().toEpochMilli());
                  return h.execute(
                      "INSERT INTO session_member (session_id, account_id, role, joined_at_ms)"
                          + " VALUES (?, ?, ?, ?)",
                      session.id(),
                      s.createdBy(),
                      Role.FACILITATOR.id(),
                      s.createdAt().toEpochMilli());
                }));
    return session;
  }

  private static final String SESSION_COLUMNS =
      "s.id, s.title, s.evaluation_id, s.frameworks, s.round_no, s.state, s.created_by,"
          + " s.created_at_ms";

  @Override
  public Optional<TeamSession> findSession(String id) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT " + SESSION_COLUMNS + " FROM decision_session s WHERE s.id = ?")
                        .bind(0, id)
                        .map((r, c) -> session(r))
                        .findOne()));
  }

  @Override
  public List<TeamSession> sessionsOn(String evaluationId) {
    return sessions("decision_session s WHERE s.evaluation_id = ?", evaluationId);
  }

  @Override
  public List<TeamSession> sessionsOf(String accountId) {
    return sessions(
        "decision_session s JOIN session_member m ON m.session_id = s.id WHERE m.account_id = ?",
        accountId);
  }

  /** Sessions from {@code fromWhere} (one bound argument), newest first. */
  private List<TeamSession> sessions(String fromWhere, String argument) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT "
                                + SESSION_COLUMNS
                                + " FROM "
                                + fromWhere
                                + " ORDER BY s.created_at_ms DESC, s.id")
                        .bind(0, argument)
                        .map((r, c) -> session(r))
                        .list()));
  }

  private static TeamSession session(java.sql.ResultSet r) throws java.sql.SQLException {
    return new TeamSession(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        Arrays.asList(r.getString(4).split(",")),
        r.getInt(5),
        Identified.of(SessionState.class, r.getString(6)),
        r.getString(7),
        Instant.ofEpochMilli(r.getLong(8)));
  }

  @Override
  public void addMember(String sessionId, String accountId, Role role) {
    update(
        "INSERT INTO session_member (session_id, account_id, role, joined_at_ms)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (session_id, account_id) DO NOTHING",
        sessionId,
        accountId,
        role.id(),
        System.currentTimeMillis());
  }

  @Override
  public Optional<Role> role(String sessionId, String accountId) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT role FROM session_member WHERE session_id = ? AND account_id"
                                + " = ?")
                        .bind(0, sessionId)
                        .bind(1, accountId)
                        .mapTo(String.class)
                        .findOne()
                        .map(id -> Identified.of(Role.class, id))));
  }

  @Override
  public List<Member> members(String sessionId) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT a.id, a.name, m.role FROM session_member m JOIN account a ON"
                                + " a.id = m.account_id WHERE m.session_id = ?"
                                + " ORDER BY m.joined_at_ms, a.name")
                        .bind(0, sessionId)
                        .map(
                            (r, c) ->
                                new Member(
                                    r.getString(1),
                                    r.getString(2),
                                    Identified.of(Role.class, r.getString(3))))
                        .list()));
  }

  @Override
  public void saveInvitation(Invitation i) {
    update(
        "INSERT INTO invitation (token_hash, session_id, role, expires_at_ms) VALUES (?, ?, ?, ?)",
        i.tokenHash(),
        i.sessionId(),
        i.role().id(),
        i.expiresAt().toEpochMilli());
  }

  @Override
  public Optional<Invitation> findInvitation(String tokenHash) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT token_hash, session_id, role, expires_at_ms, used_at_ms FROM"
                                + " invitation WHERE token_hash = ?")
                        .bind(0, tokenHash)
                        .map(
                            (r, c) -> {
                              long used = r.getLong(5);
                              boolean unused = r.wasNull();
                              return new Invitation(
                                  r.getString(1),
                                  r.getString(2),
                                  Identified.of(Role.class, r.getString(3)),
                                  Instant.ofEpochMilli(r.getLong(4)),
                                  unused
                                      ? Optional.empty()
                                      : Optional.of(Instant.ofEpochMilli(used)));
                            })
                        .findOne()));
  }

  @Override
  public Optional<Invitation> redeem(String tokenHash, String accountId, Instant now) {
    Optional<Invitation> found = findInvitation(tokenHash);
    if (found.isEmpty() || !found.get().usable(now)) {
      return Optional.empty();
    }
    Invitation invitation = found.get();
    boolean redeemed = call(() -> jdbi.inTransaction(h -> claim(h, invitation, accountId, now)));
    return redeemed ? Optional.of(invitation) : Optional.empty();
  }

  @Override
  public Optional<Redeemed> redeemForNewAccount(
      String tokenHash, String name, String passwordHash, Instant now) {
    Optional<Invitation> found = findInvitation(tokenHash);
    if (found.isEmpty() || !found.get().usable(now)) {
      return Optional.empty();
    }
    Invitation invitation = found.get();
    Account account = new Account(newId(), name, passwordHash, false, millis(now));
    try {
      return call(
          () ->
              jdbi.inTransaction(
                  h -> {
                    // The account comes first (the membership refers to it); losing the race for
                    // the invitation throws, which rolls the account back with everything else.
                    insertAccount(h, account);
                    if (!claim(h, invitation, account.id(), now)) {
                      throw new LostInvitation();
                    }
                    return Optional.of(new Redeemed(account, invitation));
                  }));
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
