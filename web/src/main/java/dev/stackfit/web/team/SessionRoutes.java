package dev.stackfit.web.team;

import dev.stackfit.core.Identified;
import dev.stackfit.core.group.Ballot;
import dev.stackfit.core.group.Convergence;
import dev.stackfit.core.history.EvaluationSummary;
import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.Invitation;
import dev.stackfit.core.team.InvitationStore;
import dev.stackfit.core.team.NameTakenException;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.team.TeamSession;
import dev.stackfit.web.HttpProblem;
import dev.stackfit.web.PublicAddress;
import dev.stackfit.web.WebConfig;
import dev.stackfit.web.auth.Auth;
import dev.stackfit.web.auth.Passwords;
import dev.stackfit.web.auth.Principal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pages of decision sessions: list, open, invite, join, vote, reveal, next round. */
final class SessionRoutes {
  /** Carries a new invitation's token from its POST to the session page that shows it once. */
  static final String INVITATION_COOKIE = "stackfit_new_invitation";

  private final WebConfig config;
  private final PublicAddress address;
  private final Auth auth;
  private final DecisionSessions sessions;
  private final DecisionRecords records;
  private final EvaluationAccess access;
  private final Pages pages;
  private final InvitationThrottle throttle;

  SessionRoutes(
      WebConfig config,
      Auth auth,
      DecisionSessions sessions,
      DecisionRecords records,
      EvaluationAccess access,
      Pages pages,
      InvitationThrottle throttle) {
    this.config = config;
    this.address = new PublicAddress(config);
    this.auth = auth;
    this.sessions = sessions;
    this.records = records;
    this.access = access;
    this.pages = pages;
    this.throttle = throttle;
  }

  void register(RoutesConfig routes) {
    routes.get("/sessions", this::list);
    routes.post("/sessions", this::open);
    routes.get("/sessions/{id}", this::session);
    routes.post("/sessions/{id}/invitations", this::invite);
    routes.post("/sessions/{id}/ballot", this::vote);
    routes.post("/sessions/{id}/reveal", this::reveal);
    routes.post("/sessions/{id}/rounds", this::nextRound);
    routes.get("/sessions/{id}/rounds/{round}", this::round);
    routes.post("/evaluations/allowed", this::allow);
    routes.get("/invitations/{token}", ctx -> invitation(ctx, ""));
    routes.post("/invitations/{token}", this::join);
  }

  private void list(Context ctx) {
    if (Auth.principal(ctx).isEmpty() && !auth.usersExist()) {
      // Nobody can sign in yet: say what sessions need and how to get there from here.
      ctx.status(HttpStatus.UNAUTHORIZED);
      pages.render(ctx, "accounts.jte", auth.adminCommand());
      return;
    }
    Principal me = Auth.require(ctx);
    List<DecisionRecords.Seen> visible = records.visible(me);
    String selected = Optional.ofNullable(ctx.queryParam("evaluation")).orElse("").strip();
    List<EvaluationSummary> usable =
        new ArrayList<>(
            config.store().list(100, 0).stream()
                .filter(e -> access.mayUse(me, e.id()))
                .limit(20)
                .toList());
    if (usable.stream().noneMatch(e -> e.id().equals(selected)) && access.mayUse(me, selected)) {
      config
          .store()
          .find(selected)
          .ifPresent(
              e ->
                  usable.add(
                      0,
                      new EvaluationSummary(e.id(), e.profileName(), e.winner(), e.createdAt())));
    }
    pages.render(
        ctx,
        "sessions.jte",
        new SessionsView(
            sessions.sessionsOf(me),
            visible.stream().map(DecisionRecords.Seen::decision).toList(),
            records.due(me),
            usable,
            usable.stream().filter(e -> access.owns(me, e.id())).toList(),
            selected,
            pages.names(),
            me.csrfToken()));
  }

  private void open(Context ctx) {
    Principal me = Auth.require(ctx);
    String evaluation = Optional.ofNullable(ctx.formParam("evaluation")).orElse("").strip();
    TeamSession session = sessions.open(me, evaluation, ctx.formParam("title"));
    auth.audit(ctx, me.account().name(), AuditAction.SESSION_OPENED, session.id());
    ctx.redirect("/sessions/" + session.id(), HttpStatus.SEE_OTHER);
  }

  /** The owner (or an administrator) lets another account open sessions on an evaluation. */
  private void allow(Context ctx) {
    Principal me = Auth.require(ctx);
    String evaluation = Optional.ofNullable(ctx.formParam("evaluation")).orElse("").strip();
    sessions.evaluation(evaluation);
    access.allow(ctx, me, evaluation, ctx.formParam("name"));
    ctx.redirect("/sessions", HttpStatus.SEE_OTHER);
  }

  private void session(Context ctx) {
    Principal me = Auth.require(ctx);
    DecisionSessions.Membership m = sessions.member(me, ctx.pathParam("id"));
    String id = m.session().id();
    boolean facilitates = m.facilitates();
    pages.render(
        ctx,
        "session.jte",
        new SessionView(
            m,
            sessions.members(id),
            sessions.submitted(m),
            sessions.own(m),
            pages.names(m.session().frameworks()),
            me.csrfToken(),
            facilitates ? newInvitationLink(ctx, id) : "",
            records.ofSession(id),
            records.current(id),
            facilitates ? sessions.pendingInvitations(m) : List.of(),
            config.store().find(m.session().evaluationId()).map(e -> e.profileName()).orElse("")));
  }

  /**
   * Creates an invitation, then sends the facilitator back to the session page (redirect after
   * POST): the link travels in a short-lived cookie for that page only, and is shown once there.
   */
  private void invite(Context ctx) {
    Principal me = Auth.require(ctx);
    Role role = role(ctx.formParam("role"));
    int hours = integer(ctx.formParam("hours"), 72, 1, 24 * 30);
    String id = ctx.pathParam("id");
    String token = sessions.invite(me, id, role, Duration.ofHours(hours));
    auth.audit(ctx, me.account().name(), AuditAction.INVITATION_CREATED, id + " as " + role.id());
    invitationCookie(ctx, id, token, 600);
    ctx.redirect("/sessions/" + id + "#invitation", HttpStatus.SEE_OTHER);
  }

  /** The link of an invitation created just now, once; "" when there is none to show. */
  private String newInvitationLink(Context ctx, String sessionId) {
    String token = ctx.cookie(INVITATION_COOKIE);
    if (token == null || token.isEmpty()) {
      return "";
    }
    invitationCookie(ctx, sessionId, "", 0);
    boolean ours =
        sessions.usableInvitation(token).filter(i -> i.sessionId().equals(sessionId)).isPresent();
    return ours ? address.link(ctx, "/invitations/" + token) : "";
  }

  private void invitationCookie(Context ctx, String sessionId, String token, int maxAge) {
    ctx.res()
        .addHeader(
            "Set-Cookie",
            INVITATION_COOKIE
                + "="
                + token
                + "; Path=/sessions/"
                + sessionId
                + "; Max-Age="
                + maxAge
                + "; HttpOnly; SameSite=Strict"
                + (auth.secure(ctx) ? "; Secure" : ""));
  }

  private static Role role(String text) {
    String id = text == null ? Role.PARTICIPANT.id() : text;
    return Identified.byId(Role.class, id)
        .orElseThrow(
            () ->
                HttpProblem.badRequest(
                    "bad-parameter", "role: " + Identified.notOneOf(Role.class, id)));
  }

  static int integer(String text, int fallback, int min, int max) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value < min || value > max) {
        throw HttpProblem.badRequest(
            "bad-parameter", "expected " + min + " to " + max + ", was " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest(
          "bad-parameter", "expected a whole number, was \"" + text + "\"");
    }
  }

  private void vote(Context ctx) {
    Principal me = Auth.require(ctx);
    DecisionSessions.Membership m = sessions.member(me, ctx.pathParam("id"));
    Ballot ballot =
        BallotForm.read(
            ctx.formParamMap(),
            me.account().name(),
            m.session().frameworks(),
            pages.names(m.session().frameworks()));
    sessions.submit(me, m.session().id(), ballot);
    ctx.redirect("/sessions/" + m.session().id() + "?saved=1", HttpStatus.SEE_OTHER);
  }

  private void reveal(Context ctx) {
    Principal me = Auth.require(ctx);
    sessions.reveal(me, ctx.pathParam("id"));
    TeamSession s = sessions.member(me, ctx.pathParam("id")).session();
    auth.audit(
        ctx, me.account().name(), AuditAction.ROUND_REVEALED, s.id() + " round " + s.round());
    ctx.redirect("/sessions/" + s.id() + "/rounds/" + s.round(), HttpStatus.SEE_OTHER);
  }

  private void nextRound(Context ctx) {
    Principal me = Auth.require(ctx);
    sessions.nextRound(me, ctx.pathParam("id"));
    auth.audit(ctx, me.account().name(), AuditAction.ROUND_OPENED, ctx.pathParam("id"));
    ctx.redirect("/sessions/" + ctx.pathParam("id"), HttpStatus.SEE_OTHER);
  }

  private void round(Context ctx) {
    Principal me = Auth.require(ctx);
    DecisionSessions.Membership m = sessions.member(me, ctx.pathParam("id"));
    int round = integer(ctx.pathParam("round"), 1, 1, 1_000);
    List<Ballot> ballots = sessions.ballots(m, round);
    pages.render(
        ctx,
        "reveal.jte",
        new RevealView(
            m,
            round,
            sessions.result(m, round),
            ballots,
            Convergence.of(sessions.revealedRounds(m)),
            pages.names(m.session().frameworks()),
            me.csrfToken()));
  }

  private void invitation(Context ctx, String message) {
    String token = ctx.pathParam("token");
    Optional<Invitation> invitation = sessions.usableInvitation(token);
    Optional<Principal> me = Auth.principal(ctx);
    if (invitation.isEmpty()) {
      ctx.status(HttpStatus.GONE);
    }
    String title = invitation.flatMap(sessions::sessionOf).map(TeamSession::title).orElse("");
    pages.render(
        ctx,
        "invitation.jte",
        new InvitationView(
            token,
            invitation.isPresent(),
            invitation.map(i -> i.role().id()).orElse(""),
            title,
            me.map(p -> p.account().name()).orElse(""),
            me.map(Principal::csrfToken).orElseGet(() -> auth.formToken(ctx)),
            message));
  }

  private void join(Context ctx) {
    String token = ctx.pathParam("token");
    String caller = Auth.principal(ctx).map(p -> p.account().name()).orElse("");
    Optional<Long> wait = throttle.wait(ctx, caller);
    if (wait.isPresent()) {
      invitation(ctx, InvitationThrottle.message(wait.get()));
      ctx.status(HttpStatus.TOO_MANY_REQUESTS);
      return;
    }
    if (sessions.usableInvitation(token).isEmpty()) {
      auth.audit(ctx, caller, AuditAction.INVITATION_REFUSED, "");
      invitation(ctx, "");
      return;
    }
    Invitation used;
    if (Auth.principal(ctx).isPresent()) {
      Account account = Auth.principal(ctx).get().account();
      used = sessions.redeem(account, token);
      auth.audit(
          ctx,
          account.name(),
          AuditAction.INVITATION_REDEEMED,
          used.sessionId() + " as " + used.role().id());
    } else {
      Optional<InvitationStore.Redeemed> redeemed = signUp(ctx, token);
      if (redeemed.isEmpty()) {
        return;
      }
      Account account = redeemed.get().account();
      used = redeemed.get().invitation();
      auth.audit(ctx, account.name(), AuditAction.ACCOUNT_CREATED, "by invitation");
      auth.audit(
          ctx,
          account.name(),
          AuditAction.INVITATION_REDEEMED,
          used.sessionId() + " as " + used.role().id());
      auth.signIn(ctx, account);
    }
    ctx.redirect("/sessions/" + used.sessionId(), HttpStatus.SEE_OTHER);
  }

  /**
   * Creates the account and redeems the invitation in one step, so that sign-ups racing on one link
   * make one account; on a problem the form is shown again and the result is empty.
   */
  private Optional<InvitationStore.Redeemed> signUp(Context ctx, String token) {
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    String problem = !Account.validName(name) ? Account.NAME_RULE : Passwords.weakness(password);
    if (problem.isEmpty()) {
      try {
        return Optional.of(sessions.signUp(token, name, Passwords.hash(password)));
      } catch (NameTakenException e) {
        // Only a taken name is the visitor's to fix; a failing database propagates as a 503.
        problem = "that name is taken; sign in first if it is yours";
      }
    }
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    invitation(ctx, problem);
    return Optional.empty();
  }
}
