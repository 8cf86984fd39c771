package dev.stackfit.web.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.Identified;
import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.DecisionRecord;
import dev.stackfit.core.team.Invitation;
import dev.stackfit.core.team.InvitationStore;
import dev.stackfit.core.team.NameTakenException;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.team.TeamSession;
import dev.stackfit.core.team.TokenScope;
import dev.stackfit.web.HttpProblem;
import dev.stackfit.web.PublicAddress;
import dev.stackfit.web.auth.ApiTokens;
import dev.stackfit.web.auth.Auth;
import dev.stackfit.web.auth.Passwords;
import dev.stackfit.web.auth.Principal;
import dev.stackfit.web.auth.TokenRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The JSON API of what a team does on the session pages: list and open sessions, invite, redeem an
 * invitation (as the signed-in account, or with a new account), reveal, open the next round and
 * record the decision, with the pages' rules (the methods of {@link DecisionSessions} and {@link
 * DecisionRecords} check them) and their audit.
 */
final class SessionApi {
  private final Auth auth;
  private final DecisionSessions sessions;
  private final DecisionRecords records;
  private final DecisionRecording recording;
  private final PublicAddress address;
  private final InvitationThrottle throttle;
  private final ApiTokens tokens;
  private final Clock clock;

  SessionApi(
      Auth auth,
      DecisionSessions sessions,
      DecisionRecords records,
      DecisionRecording recording,
      PublicAddress address,
      InvitationThrottle throttle,
      ApiTokens tokens,
      Clock clock) {
    this.auth = auth;
    this.sessions = sessions;
    this.records = records;
    this.recording = recording;
    this.address = address;
    this.throttle = throttle;
    this.tokens = tokens;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/v1/sessions", this::list);
    routes.post("/api/v1/sessions", this::open);
    routes.get("/api/v1/sessions/{id}", ctx -> state(ctx, ctx.pathParam("id")));
    routes.post("/api/v1/sessions/{id}/invitations", this::invite);
    routes.post("/api/v1/sessions/{id}/reveal", this::reveal);
    routes.post("/api/v1/sessions/{id}/rounds", this::nextRound);
    routes.post("/api/v1/sessions/{id}/decision", this::decide);
    routes.post("/api/v1/invitations/{token}", this::redeem);
    routes.post("/api/v1/invitations/{token}/account", this::signUp);
  }

  private void list(Context ctx) {
    Principal me = Auth.require(ctx);
    ObjectNode body = TeamJson.MAPPER.createObjectNode();
    ArrayNode list = body.putArray("sessions");
    for (TeamSession s : sessions.sessionsOf(me)) {
      list.add(TeamJson.summary(s, sessions.member(me, s.id()).role().id()));
    }
    TeamJson.answer(ctx, body);
  }

  private void state(Context ctx, String id) {
    TeamJson.answer(ctx, stateOf(Auth.require(ctx).account(), id));
  }

  private ObjectNode stateOf(Account account, String id) {
    DecisionSessions.Membership m = sessions.member(account, id);
    return TeamJson.session(
        m, sessions.submitted(m), sessions.members(id), records.idsOf(m.session().id()));
  }

  private void open(Context ctx) {
    Principal me = Auth.require(ctx);
    JsonNode request = ApiBodies.object(ctx);
    String evaluation = ApiBodies.text(request, "evaluation");
    if (evaluation == null || evaluation.isBlank()) {
      throw HttpProblem.badRequest("bad-parameter", "evaluation: name the saved evaluation");
    }
    TeamSession session = sessions.open(me, evaluation.strip(), ApiBodies.text(request, "title"));
    auth.audit(ctx, me.account().name(), AuditAction.SESSION_OPENED, session.id());
    ctx.status(HttpStatus.CREATED).header("Location", "/api/v1/sessions/" + session.id());
    state(ctx, session.id());
  }

  private void invite(Context ctx) {
    Principal me = Auth.require(ctx);
    String id = ctx.pathParam("id");
    JsonNode request = ApiBodies.object(ctx);
    String roleId = ApiBodies.text(request, "role");
    Role role =
        Identified.byId(Role.class, roleId == null ? Role.PARTICIPANT.id() : roleId)
            .orElseThrow(
                () ->
                    HttpProblem.badRequest(
                        "bad-parameter", "role: " + Identified.notOneOf(Role.class, roleId)));
    int hours = ApiBodies.integer(request, "hours", 72, 1, 24 * 30);
    String token = sessions.invite(me, id, role, Duration.ofHours(hours));
    auth.audit(ctx, me.account().name(), AuditAction.INVITATION_CREATED, id + " as " + role.id());
    ObjectNode body = TeamJson.MAPPER.createObjectNode();
    body.put("session", id);
    body.put("role", role.id());
    body.put("link", address.link(ctx, "/invitations/" + token));
    body.put("expiresAt", clock.instant().plus(Duration.ofHours(hours)).toString());
    ctx.status(HttpStatus.CREATED);
    TeamJson.answer(ctx, body);
  }

  /** A signed-in account joins the session an invitation link admits to. */
  private void redeem(Context ctx) {
    Principal me = Auth.require(ctx);
    throttle.check(ctx, me.account().name());
    if (sessions.usableInvitation(ctx.pathParam("token")).isEmpty()) {
      auth.audit(ctx, me.account().name(), AuditAction.INVITATION_REFUSED, "");
      throw DecisionSessions.invitationGone();
    }
    Invitation used = sessions.redeem(me.account(), ctx.pathParam("token"));
    auth.audit(
        ctx,
        me.account().name(),
        AuditAction.INVITATION_REDEEMED,
        used.sessionId() + " as " + used.role().id());
    state(ctx, used.sessionId());
  }

  /**
   * Someone without an account creates one with the invitation and joins its session, as on the
   * link's page: the invitation's token is the credential, the same rules apply (name, password,
   * single use, expiry, the throttle), and the same audit lines are written. On request, it also
   * makes a personal API token for the new account, so that a script can carry on.
   */
  private void signUp(Context ctx) {
    String token = ctx.pathParam("token");
    Optional<Principal> caller = Auth.principal(ctx);
    if (caller.isPresent()) {
      throw HttpProblem.forbidden(
          "signed-in",
          "you are signed in as "
              + caller.get().account().name()
              + ": join as that account with POST /api/v1/invitations/{token}, or send no"
              + " credentials to create a new account");
    }
    throttle.check(ctx, "");
    if (sessions.usableInvitation(token).isEmpty()) {
      auth.audit(ctx, "", AuditAction.INVITATION_REFUSED, "");
      throw DecisionSessions.invitationGone();
    }
    JsonNode request = ApiBodies.object(ctx);
    String name = Optional.ofNullable(ApiBodies.text(request, "name")).orElse("").strip();
    String password = Optional.ofNullable(ApiBodies.text(request, "password")).orElse("");
    if (!Account.validName(name)) {
      throw HttpProblem.badRequest("bad-parameter", "name: " + Account.NAME_RULE);
    }
    String weakness = Passwords.weakness(password);
    if (!weakness.isEmpty()) {
      throw HttpProblem.badRequest("bad-parameter", "password: " + weakness);
    }
    Optional<TokenRequest> wanted = tokenRequest(request);
    InvitationStore.Redeemed redeemed;
    try {
      redeemed = sessions.signUp(token, name, Passwords.hash(password));
    } catch (NameTakenException e) {
      throw HttpProblem.conflict(
          "name-taken",
          "name: that name is taken; if it is yours, sign in and join with POST"
              + " /api/v1/invitations/{token}");
    }
    Account account = redeemed.account();
    Invitation used = redeemed.invitation();
    auth.audit(ctx, account.name(), AuditAction.ACCOUNT_CREATED, "by invitation");
    auth.audit(
        ctx,
        account.name(),
        AuditAction.INVITATION_REDEEMED,
        used.sessionId() + " as " + used.role().id());
    ObjectNode body = TeamJson.MAPPER.createObjectNode();
    body.putObject("account").put("name", account.name());
    body.set("session", stateOf(account, used.sessionId()));
    if (wanted.isPresent()) {
      TokenRequest t = wanted.get();
      ApiTokens.Created created =
          tokens.create(account, t.name(), t.scope(), t.days(), clock.instant());
      auth.audit(ctx, account.name(), AuditAction.TOKEN_CREATED, created.token().describe());
      ObjectNode made = TokenRoutes.json(created.token());
      made.put("token", created.secret());
      body.set("token", made);
    }
    ctx.status(HttpStatus.CREATED).header("Location", "/api/v1/sessions/" + used.sessionId());
    TeamJson.answer(ctx, body);
  }

  /** A personal API token asked for with a new account. */
  private record TokenRequest(String name, TokenScope scope, int days) {}

  /**
   * The {@code token} field of a sign-up, checked before the account is made (a refusal must not
   * use the invitation up); empty when it is missing or null.
   */
  private static Optional<TokenRequest> tokenRequest(JsonNode request) {
    JsonNode t = request.path("token");
    if (t.isMissingNode() || t.isNull()) {
      return Optional.empty();
    }
    if (!t.isObject()) {
      throw HttpProblem.badRequest(
          "bad-parameter", "token: expected an object with name, scope and days, was " + t);
    }
    String name;
    String scopeId;
    int days;
    try {
      name = Optional.ofNullable(ApiBodies.text(t, "name")).orElse("");
      scopeId = Optional.ofNullable(ApiBodies.text(t, "scope")).orElse(TokenScope.READ.id());
      days = ApiBodies.integer(t, "days", ApiTokens.DEFAULT_DAYS, 1, ApiTokens.MAX_DAYS);
    } catch (HttpProblem e) {
      throw HttpProblem.badRequest(e.type(), "token." + e.getMessage());
    }
    TokenScope scope =
        Identified.byId(TokenScope.class, scopeId)
            .orElseThrow(
                () ->
                    HttpProblem.badRequest(
                        "bad-parameter",
                        "token.scope: " + Identified.notOneOf(TokenScope.class, scopeId)));
    ApiTokens.problem(name, days)
        .ifPresent(
            p -> {
              throw HttpProblem.badRequest("bad-parameter", "token.name: " + p);
            });
    return Optional.of(new TokenRequest(name, scope, days));
  }

  private void reveal(Context ctx) {
    Principal me = Auth.require(ctx);
    sessions.reveal(me, ctx.pathParam("id"));
    TeamSession s = sessions.member(me, ctx.pathParam("id")).session();
    auth.audit(
        ctx, me.account().name(), AuditAction.ROUND_REVEALED, s.id() + " round " + s.round());
    state(ctx, s.id());
  }

  private void nextRound(Context ctx) {
    Principal me = Auth.require(ctx);
    sessions.nextRound(me, ctx.pathParam("id"));
    auth.audit(ctx, me.account().name(), AuditAction.ROUND_OPENED, ctx.pathParam("id"));
    state(ctx, ctx.pathParam("id"));
  }

  private void decide(Context ctx) {
    Principal me = Auth.require(ctx);
    JsonNode request = ApiBodies.object(ctx);
    String status = ApiBodies.text(request, "status");
    String chosen = ApiBodies.text(request, "chosen");
    DecisionRecording.Choice choice =
        new DecisionRecording.Choice(
            chosen == null ? "" : chosen,
            ApiBodies.text(request, "rationale"),
            DecisionRoutes.status(status == null ? "accepted" : status),
            ApiBodies.integer(request, "reviewMonths", Decision.DEFAULT_REVIEW_MONTHS, 1, 60),
            ApiBodies.text(request, "title"),
            ApiBodies.text(request, "supersedes"));
    DecisionRecording.Recorded recorded = recording.decide(me, ctx.pathParam("id"), choice);
    DecisionRecord record = recorded.record();
    if (!recorded.created()) {
      // The same choice sent again: the decision it recorded, not a second one.
      ctx.status(HttpStatus.OK)
          .header("Location", "/api/v1/decisions/" + record.id())
          .contentType("application/json")
          .result(record.decisionJson());
      return;
    }
    auth.audit(
        ctx,
        me.account().name(),
        AuditAction.DECISION_RECORDED,
        record.id()
            + " "
            + record.status().id()
            + (record.supersedes().isEmpty() ? "" : " superseding " + record.supersedes()));
    ctx.status(HttpStatus.CREATED)
        .header("Location", "/api/v1/decisions/" + record.id())
        .contentType("application/json")
        .result(record.decisionJson());
  }
}
