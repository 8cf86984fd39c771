package dev.stackfit.web.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.Identified;
import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.DecisionRecord;
import dev.stackfit.core.team.Invitation;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.team.TeamSession;
import dev.stackfit.web.HttpProblem;
import dev.stackfit.web.PublicAddress;
import dev.stackfit.web.auth.Auth;
import dev.stackfit.web.auth.Principal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;

/**
 * The JSON API of what a team does on the session pages: list and open sessions, invite, redeem an
 * invitation, reveal, open the next round and record the decision, with the pages' rules (the
 * methods of {@link DecisionSessions} and {@link DecisionRecords} check them) and their audit.
 */
final class SessionApi {
  private final Auth auth;
  private final DecisionSessions sessions;
  private final DecisionRecords records;
  private final DecisionRecording recording;
  private final PublicAddress address;
  private final Clock clock;

  SessionApi(
      Auth auth,
      DecisionSessions sessions,
      DecisionRecords records,
      DecisionRecording recording,
      PublicAddress address,
      Clock clock) {
    this.auth = auth;
    this.sessions = sessions;
    this.records = records;
    this.recording = recording;
    this.address = address;
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
    DecisionSessions.Membership m = sessions.member(Auth.require(ctx), id);
    TeamJson.answer(
        ctx,
        TeamJson.session(
            m, sessions.submitted(m), sessions.members(id), records.idsOf(m.session().id())));
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
