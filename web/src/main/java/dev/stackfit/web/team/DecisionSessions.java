package dev.stackfit.web.team;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.group.Ballot;
import dev.stackfit.core.group.GroupAggregation;
import dev.stackfit.core.group.GroupResult;
import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.BallotStore;
import dev.stackfit.core.team.Invitation;
import dev.stackfit.core.team.InvitationStore;
import dev.stackfit.core.team.Member;
import dev.stackfit.core.team.NameTakenException;
import dev.stackfit.core.team.NewTeamSession;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.team.SessionState;
import dev.stackfit.core.team.SessionStore;
import dev.stackfit.core.team.StoredBallot;
import dev.stackfit.core.team.TeamSession;
import dev.stackfit.core.team.TeamStores;
import dev.stackfit.core.text.TextLimit;
import dev.stackfit.web.Evaluations;
import dev.stackfit.web.HttpProblem;
import dev.stackfit.web.auth.Principal;
import dev.stackfit.web.auth.Tokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Decision sessions and who may do what in them. Every method checks the caller's role first;
 * ballots stay sealed until the facilitator reveals the round, for everyone, the facilitator
 * included.
 */
final class DecisionSessions {
  static final List<Criterion> CRITERIA = List.of(Criterion.values());
  static final Duration DEFAULT_INVITATION_LIFETIME = Duration.ofDays(3);

  private final SessionStore sessions;
  private final InvitationStore invitations;
  private final BallotStore ballots;
  private final Evaluations evaluations;
  private final EvaluationAccess access;
  private final Clock clock;

  DecisionSessions(
      TeamStores stores, Evaluations evaluations, EvaluationAccess access, Clock clock) {
    this.sessions = stores.sessions();
    this.invitations = stores.invitations();
    this.ballots = stores.ballots();
    this.evaluations = evaluations;
    this.access = access;
    this.clock = clock;
  }

  /** A session seen by one of its members. */
  record Membership(TeamSession session, Role role, Account account) {
    boolean facilitates() {
      return role == Role.FACILITATOR;
    }

    /** True when the round's ballots may be shown: it has been revealed. */
    boolean revealed(int round) {
      return round >= 1
          && (round < session.round()
              || (round == session.round() && session.state() == SessionState.REVEALED));
    }
  }

  TeamSession open(Principal caller, String evaluationId, String title) {
    Evaluation evaluation = evaluation(evaluationId);
    access.requireUse(caller, evaluationId, "open sessions on it");
    List<String> shortlist = evaluation.shortlist().ids();
    if (shortlist.size() < 2) {
      throw HttpProblem.badRequest(
          "short-shortlist", "the evaluation's shortlist has fewer than two frameworks");
    }
    String given = TextFields.text(title, TextLimit.SESSION_TITLE, "bad-parameter");
    String name =
        given.isEmpty() ? shortened("Framework for " + evaluation.profile().name()) : given;
    return sessions.create(
        new NewTeamSession(name, evaluationId, shortlist, caller.account().id(), clock.instant()));
  }

  /** A made-up title cut to the longest a title may be (a profile name alone may fill it). */
  private static String shortened(String title) {
    int max = TextLimit.SESSION_TITLE.max();
    return title.codePointCount(0, title.length()) <= max
        ? title
        : title.substring(0, title.offsetByCodePoints(0, max - 1)) + "\u2026";
  }

  /** The saved evaluation's result as it was on its day; 404 when there is none. */
  Evaluation evaluation(String evaluationId) {
    return evaluations
        .find(evaluationId)
        .orElseThrow(() -> HttpProblem.notFound("evaluation " + evaluationId))
        .evaluation();
  }

  Membership member(Principal caller, String sessionId) {
    return member(caller.account(), sessionId);
  }

  /** The account's view of a session; 404 when there is none, 403 when it is not a member. */
  Membership member(Account account, String sessionId) {
    TeamSession session =
        sessions.find(sessionId).orElseThrow(() -> HttpProblem.notFound("session " + sessionId));
    Role role =
        sessions
            .role(sessionId, account.id())
            .orElseThrow(
                () ->
                    HttpProblem.forbidden("not-a-member", "you are not a member of this session"));
    return new Membership(session, role, account);
  }

  /** True when the caller is a member of the session, in any role. */
  boolean belongs(Principal caller, String sessionId) {
    return sessions.role(sessionId, caller.account().id()).isPresent();
  }

  Membership facilitator(Principal caller, String sessionId) {
    Membership m = member(caller, sessionId);
    if (!m.facilitates()) {
      throw HttpProblem.forbidden("facilitator-only", "only the session's facilitator may do this");
    }
    return m;
  }

  /** Creates an invitation and returns its token, shown once: only its hash is kept. */
  String invite(Principal caller, String sessionId, Role role, Duration lifetime) {
    facilitator(caller, sessionId);
    String token = Tokens.random();
    Instant expires = clock.instant().plus(lifetime);
    invitations.save(
        new Invitation(Tokens.hash(token), sessionId, role, expires, Optional.empty()));
    return token;
  }

  /** The session's invitations nobody has used yet, for its facilitators. */
  List<Invitation> pendingInvitations(Membership m) {
    return invitations.pending(m.session().id(), clock.instant());
  }

  /** The invitation behind a token, if it can still be used. */
  Optional<Invitation> usableInvitation(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    return invitations.find(Tokens.hash(token)).filter(i -> i.usable(clock.instant()));
  }

  /** The session an invitation admits to, for its page. */
  Optional<TeamSession> sessionOf(Invitation invitation) {
    return sessions.find(invitation.sessionId());
  }

  Invitation redeem(Account account, String token) {
    return invitations
        .redeem(Tokens.hash(token == null ? "" : token), account.id(), clock.instant())
        .orElseThrow(DecisionSessions::invitationGone);
  }

  /**
   * Creates the account and redeems the invitation in one step, so that sign-ups racing on one link
   * make one account.
   *
   * @throws NameTakenException when the name is taken
   */
  InvitationStore.Redeemed signUp(String token, String name, String passwordHash) {
    return invitations
        .redeemForNewAccount(Tokens.hash(token), name, passwordHash, clock.instant())
        .orElseThrow(DecisionSessions::invitationGone);
  }

  /** 410: the invitation link was used or has expired; a link is good for one sign-up. */
  static HttpProblem invitationGone() {
    return HttpProblem.gone("invitation-gone", "this invitation was already used or has expired");
  }

  void submit(Principal caller, String sessionId, Ballot ballot) {
    Membership m = member(caller, sessionId);
    if (m.role() != Role.PARTICIPANT) {
      throw HttpProblem.forbidden(
          "participants-only", "only participants vote; you are " + m.role().id());
    }
    int round = m.session().round();
    // The store writes only while the round is open, in the same transaction as the check: a
    // ballot racing the reveal is either counted in it or refused here.
    if (!ballots.save(
        sessionId, round, caller.account().id(), BallotJson.write(ballot), clock.instant())) {
      throw HttpProblem.conflict(
          "round-closed",
          "round "
              + round
              + " is closed (revealed): your ballot was not saved; vote again when the"
              + " facilitator opens the next round");
    }
  }

  /** The caller's own ballot in the current round. */
  Optional<Ballot> own(Membership m) {
    return ballots
        .find(m.session().id(), m.session().round(), m.account().id())
        .map(b -> BallotJson.read(b.ballotJson(), b.participant(), m.session().frameworks()));
  }

  int submitted(Membership m) {
    return ballots.ofRound(m.session().id(), m.session().round()).size();
  }

  void reveal(Principal caller, String sessionId) {
    Membership m = facilitator(caller, sessionId);
    if (submitted(m) == 0) {
      throw HttpProblem.conflict(
          "nothing-to-reveal", "nothing to reveal yet: no ballot was submitted");
    }
    if (!sessions.transition(
        sessionId, SessionState.OPEN, SessionState.REVEALED, m.session().round())) {
      throw HttpProblem.conflict("round-revealed", "this round is already revealed");
    }
  }

  void nextRound(Principal caller, String sessionId) {
    Membership m = facilitator(caller, sessionId);
    int next = m.session().round() + 1;
    if (!sessions.transition(sessionId, SessionState.REVEALED, SessionState.OPEN, next)) {
      throw HttpProblem.conflict("round-open", "reveal the current round before opening another");
    }
  }

  /** The revealed ballots of a round; refused while the round is blind. */
  List<Ballot> ballots(Membership m, int round) {
    if (!m.revealed(round)) {
      throw HttpProblem.forbidden(
          "ballots-sealed", "ballots stay sealed until the facilitator reveals the round");
    }
    return ballots.ofRound(m.session().id(), round).stream()
        .map(b -> BallotJson.read(b.ballotJson(), b.participant(), m.session().frameworks()))
        .toList();
  }

  GroupResult result(Membership m, int round) {
    return GroupAggregation.aggregate(CRITERIA, m.session().frameworks(), ballots(m, round));
  }

  /** Results of every revealed round, oldest first. */
  List<GroupResult> revealedRounds(Membership m) {
    int last =
        m.session().state() == SessionState.REVEALED
            ? m.session().round()
            : m.session().round() - 1;
    return IntStream.rangeClosed(1, last)
        .filter(r -> !ballots.ofRound(m.session().id(), r).isEmpty())
        .mapToObj(r -> result(m, r))
        .toList();
  }

  int lastRevealedRound(Membership m) {
    return m.session().state() == SessionState.REVEALED
        ? m.session().round()
        : m.session().round() - 1;
  }

  List<Member> members(String sessionId) {
    return sessions.members(sessionId);
  }

  List<StoredBallot> storedBallots(String sessionId, int round) {
    return ballots.ofRound(sessionId, round);
  }

  List<TeamSession> sessionsOf(Principal caller) {
    return sessions.sessionsOf(caller.account().id());
  }
}
