package dev.stackfit.core.team;

import dev.stackfit.core.decision.DecisionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: where accounts, login sessions, the audit log, decision sessions, ballots and decision
 * records live (SQLite or PostgreSQL in the store module). Implementations are thread-safe and
 * never lose an acknowledged write.
 */
public interface TeamStore {
  /**
   * Adds an account.
   *
   * @throws NameTakenException when the name is taken, ignoring case ("Fran" and "fran" are one)
   */
  Account addAccount(String name, String passwordHash, boolean admin, Instant createdAt);

  Optional<Account> findAccountByName(String name);

  Optional<Account> findAccount(String id);

  long accountCount();

  void saveLogin(LoginSession login);

  Optional<LoginSession> findLogin(String tokenHash);

  void deleteLogin(String tokenHash);

  /** Deletes sign-in sessions that expired before {@code now}; returns how many. */
  int deleteExpiredLogins(Instant now);

  void audit(AuditEvent event);

  /** Newest first. */
  List<AuditEvent> auditLog(int limit);

  /**
   * Failed sign-ins ({@link AuditAction#LOGIN_FAILED}) recorded after {@code after}: those naming
   * {@code accountName} since its last successful sign-in, and those from {@code client}. Read from
   * the audit log, so they survive restarts and are shared by servers on one database.
   */
  FailedLogins failedLogins(String accountName, String client, Instant after);

  TeamSession createSession(NewTeamSession session);

  Optional<TeamSession> findSession(String id);

  /** Sessions opened on the saved evaluation, newest first. */
  List<TeamSession> sessionsOn(String evaluationId);

  /** Sessions the account belongs to, newest first. */
  List<TeamSession> sessionsOf(String accountId);

  /** Adds a member, or leaves an existing membership as it is. */
  void addMember(String sessionId, String accountId, Role role);

  Optional<Role> role(String sessionId, String accountId);

  List<Member> members(String sessionId);

  void saveInvitation(Invitation invitation);

  Optional<Invitation> findInvitation(String tokenHash);

  /**
   * Marks an unused, unexpired invitation used by the account and adds the membership, atomically.
   *
   * @return the invitation when it was redeemed now; empty when unknown, used or expired
   */
  Optional<Invitation> redeem(String tokenHash, String accountId, Instant now);

  /**
   * Creates an account through an invitation, atomically: the account is added, the invitation
   * marked used by it and the membership added in one transaction, or nothing happens. Many
   * sign-ups racing on one link therefore create one account, not several.
   *
   * @return the new account with the invitation; empty when the invitation is unknown, used or
   *     expired
   * @throws NameTakenException when the name is taken (ignoring case)
   */
  Optional<Redeemed> redeemForNewAccount(
      String tokenHash, String name, String passwordHash, Instant now);

  /** An invitation redeemed by a newly created account. */
  record Redeemed(Account account, Invitation invitation) {}

  /** Creates or replaces the account's ballot for the round. */
  void saveBallot(String sessionId, int round, String accountId, String ballotJson, Instant at);

  Optional<StoredBallot> ballot(String sessionId, int round, String accountId);

  /** The round's ballots, in the order members joined. */
  List<StoredBallot> ballots(String sessionId, int round);

  /**
   * Moves a session from one state to another (and to {@code round}) only when it is still in
   * {@code from}; concurrent callers cannot both succeed.
   */
  boolean transition(String sessionId, SessionState from, SessionState to, int round);

  void saveDecision(DecisionRecord record);

  Optional<DecisionRecord> findDecision(String id);

  /** Replaces the decision JSON (status changes). */
  boolean updateDecision(String id, String decisionJson, DecisionStatus status);

  /** Newest first. */
  List<DecisionRecord> decisions();
}
