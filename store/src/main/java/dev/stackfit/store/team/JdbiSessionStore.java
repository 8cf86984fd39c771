package dev.stackfit.store.team;

import dev.stackfit.core.Identified;
import dev.stackfit.core.team.Member;
import dev.stackfit.core.team.NewTeamSession;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.team.SessionState;
import dev.stackfit.core.team.SessionStore;
import dev.stackfit.core.team.TeamSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Decision sessions and their members on SQLite or PostgreSQL. */
final class JdbiSessionStore implements SessionStore {
  private static final String SESSION_COLUMNS =
      "s.id, s.title, s.evaluation_id, s.frameworks, s.round_no, s.state, s.created_by,"
          + " s.created_at_ms";

  private final TeamTables tables;

  JdbiSessionStore(TeamTables tables) {
    this.tables = tables;
  }

  @Override
  public TeamSession create(NewTeamSession s) {
    TeamSession session =
        new TeamSession(
            tables.newId(),
            s.title(),
            s.evaluationId(),
            s.frameworks(),
            1,
            SessionState.OPEN,
            s.createdBy(),
            TeamTables.millis(s.createdAt()));
    TeamTables.call(
        () ->
            tables.jdbi.inTransaction(
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

  @Override
  public Optional<TeamSession> find(String id) {
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
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
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
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

  private static TeamSession session(ResultSet r) throws SQLException {
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
    tables.update(
        "INSERT INTO session_member (session_id, account_id, role, joined_at_ms)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (session_id, account_id) DO NOTHING",
        sessionId,
        accountId,
        role.id(),
        System.currentTimeMillis());
  }

  @Override
  public Optional<Role> role(String sessionId, String accountId) {
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
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
    return TeamTables.call(
        () ->
            tables.jdbi.withHandle(
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
  public boolean transition(String sessionId, SessionState from, SessionState to, int round) {
    return tables.update(
            "UPDATE decision_session SET state = ?, round_no = ? WHERE id = ? AND state = ?",
            to.id(),
            round,
            sessionId,
            from.id())
        == 1;
  }
}
