package dev.stackfit.store.team;

import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.AuditEvent;
import dev.stackfit.core.team.DecisionRecord;
import dev.stackfit.core.team.Invitation;
import dev.stackfit.core.team.LoginSession;
import dev.stackfit.core.team.Member;
import dev.stackfit.core.team.NewTeamSession;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.team.SessionState;
import dev.stackfit.core.team.StoredBallot;
import dev.stackfit.core.team.TeamSession;
import dev.stackfit.core.team.TeamStore;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The team store on any database the migrations support (SQLite, PostgreSQL). Thread-safe: every
 * call borrows its own connection, and every multi-row change runs in one transaction.
 */
public final class JdbiTeamStore implements TeamStore {
  private static final int AUDIT_MAX = 1_000;

  private final Jdbi jdbi;
  private final SecureRandom random = new SecureRandom();

  /** A store on a migrated database (see {@code Databases}). */
  public JdbiTeamStore(DataSource dataSource) {
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
    update(
        "INSERT INTO account (id, name, password_hash, is_admin, created_at_ms)"
            + " VALUES (?, ?, ?, ?, ?)",
        account.id(),
        name,
        passwordHash,
        admin ? 1 : 0,
        createdAt.toEpochMilli());
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
        clip(event.event(), 40),
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
                                    r.getString(3),
                                    r.getString(4),
                                    r.getString(5)))
                        .list()));
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
  public List<TeamSession> sessionsOf(String accountId) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT "
                                + SESSION_COLUMNS
                                + " FROM decision_session s JOIN session_member m"
                                + " ON m.session_id = s.id WHERE m.account_id = ?"
                                + " ORDER BY s.created_at_ms DESC, s.id")
                        .bind(0, accountId)
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
        SessionState.of(r.getString(6)),
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
                        .map(Role::of)));
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
                                new Member(r.getString(1), r.getString(2), Role.of(r.getString(3))))
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
                                  Role.of(r.getString(3)),
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
    boolean redeemed =
        call(
            () ->
                jdbi.inTransaction(
                    h -> {
                      // The guard in the WHERE clause makes the token single-use under races.
                      int claimed =
                          h.execute(
                              "UPDATE invitation SET used_at_ms = ?, used_by = ? WHERE"
                                  + " token_hash = ? AND used_at_ms IS NULL AND expires_at_ms > ?",
                              now.toEpochMilli(),
                              accountId,
                              tokenHash,
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
                    }));
    return redeemed ? Optional.of(invitation) : Optional.empty();
  }

  @Override
  public void saveBallot(
      String sessionId, int round, String accountId, String ballotJson, Instant at) {
    update(
        "INSERT INTO ballot (session_id, round_no, account_id, ballot_json, updated_at_ms)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, round_no, account_id)"
            + " DO UPDATE SET ballot_json = excluded.ballot_json,"
            + " updated_at_ms = excluded.updated_at_ms",
        sessionId,
        round,
        accountId,
        ballotJson,
        at.toEpochMilli());
  }

  private static final String BALLOT_QUERY =
      "SELECT b.account_id, a.name, b.round_no, b.ballot_json, b.updated_at_ms FROM ballot b"
          + " JOIN account a ON a.id = b.account_id"
          + " LEFT JOIN session_member m ON m.session_id = b.session_id"
          + " AND m.account_id = b.account_id"
          + " WHERE b.session_id = ? AND b.round_no = ?";

  @Override
  public Optional<StoredBallot> ballot(String sessionId, int round, String accountId) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(BALLOT_QUERY + " AND b.account_id = ?")
                        .bind(0, sessionId)
                        .bind(1, round)
                        .bind(2, accountId)
                        .map((r, c) -> ballot(r))
                        .findOne()));
  }

  @Override
  public List<StoredBallot> ballots(String sessionId, int round) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(BALLOT_QUERY + " ORDER BY m.joined_at_ms, a.name")
                        .bind(0, sessionId)
                        .bind(1, round)
                        .map((r, c) -> ballot(r))
                        .list()));
  }

  private static StoredBallot ballot(java.sql.ResultSet r) throws java.sql.SQLException {
    return new StoredBallot(
        r.getString(1),
        r.getString(2),
        r.getInt(3),
        r.getString(4),
        Instant.ofEpochMilli(r.getLong(5)));
  }

  @Override
  public boolean transition(String sessionId, SessionState from, SessionState to, int round) {
    return update(
            "UPDATE decision_session SET state = ?, round_no = ? WHERE id = ? AND state = ?",
            to.id(),
            round,
            sessionId,
            from.id())
        == 1;
  }

  @Override
  public void saveDecision(DecisionRecord d) {
    update(
        "INSERT INTO decision_record (id, session_id, decision_json, status, created_at_ms)"
            + " VALUES (?, ?, ?, ?, ?)",
        d.id(),
        d.sessionId(),
        d.decisionJson(),
        d.status(),
        d.createdAt().toEpochMilli());
  }

  private static final String DECISION_QUERY =
      "SELECT id, session_id, decision_json, status, created_at_ms FROM decision_record";

  @Override
  public Optional<DecisionRecord> findDecision(String id) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(DECISION_QUERY + " WHERE id = ?")
                        .bind(0, id)
                        .map((r, c) -> decision(r))
                        .findOne()));
  }

  @Override
  public boolean updateDecision(String id, String decisionJson, String status) {
    return update(
            "UPDATE decision_record SET decision_json = ?, status = ? WHERE id = ?",
            decisionJson,
            status,
            id)
        == 1;
  }

  @Override
  public List<DecisionRecord> decisions() {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(DECISION_QUERY + " ORDER BY created_at_ms DESC, id")
                        .map((r, c) -> decision(r))
                        .list()));
  }

  private static DecisionRecord decision(java.sql.ResultSet r) throws java.sql.SQLException {
    return new DecisionRecord(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        Instant.ofEpochMilli(r.getLong(5)));
  }

  private static Instant millis(Instant at) {
    return Instant.ofEpochMilli(at.toEpochMilli());
  }

  private int update(String sql, Object... args) {
    return call(() -> jdbi.withHandle(h -> h.execute(sql, args)));
  }

  private static <T> T call(Supplier<T> body) {
    try {
      return body.get();
    } catch (JdbiException e) {
      throw new TeamStoreException("database call failed: " + e.getMessage(), e);
    }
  }
}
