package dev.stackfit.core.team;

import java.util.List;
import java.util.Optional;

/** Port: decision sessions, their members and their rounds. Thread-safe. */
public interface SessionStore {
  /** Opens a session in round 1; its creator becomes its facilitator. */
  TeamSession create(NewTeamSession session);

  Optional<TeamSession> find(String id);

  /** Sessions opened on the saved evaluation, newest first. */
  List<TeamSession> sessionsOn(String evaluationId);

  /** Sessions the account belongs to, newest first. */
  List<TeamSession> sessionsOf(String accountId);

  /** Adds a member, or leaves an existing membership as it is. */
  void addMember(String sessionId, String accountId, Role role);

  /** The account's role in the session; empty when it is not a member. */
  Optional<Role> role(String sessionId, String accountId);

  /** Everyone in the session, in the order they joined. */
  List<Member> members(String sessionId);

  /**
   * Moves a session from one state to another (and to {@code round}) only when it is still in
   * {@code from}; concurrent callers cannot both succeed.
   */
  boolean transition(String sessionId, SessionState from, SessionState to, int round);
}
