package dev.stackfit.web.team;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.group.Ballot;
import dev.stackfit.core.team.StoredBallot;
import dev.stackfit.web.HttpProblem;
import dev.stackfit.web.auth.Auth;
import dev.stackfit.web.auth.Principal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * JSON API of ballots and rounds for scripts: own ballot, submit (PUT), a revealed round's
 * aggregate and its ballots; and who may use an evaluation.
 */
final class TeamApi {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final DecisionSessions sessions;
  private final EvaluationAccess access;

  TeamApi(DecisionSessions sessions, EvaluationAccess access) {
    this.sessions = sessions;
    this.access = access;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/v1/sessions/{id}/ballot", this::own);
    routes.put("/api/v1/sessions/{id}/ballot", this::submit);
    routes.get("/api/v1/sessions/{id}/rounds/{round}", this::round);
    routes.get("/api/v1/sessions/{id}/rounds/{round}/ballots", this::ballots);
    routes.get("/api/v1/evaluations/{id}/allowed", this::allowed);
    routes.post("/api/v1/evaluations/{id}/allowed", this::allow);
  }

  /** Who may use the evaluation besides administrators: its owner and whom the owner allowed. */
  private void allowed(Context ctx) {
    Auth.require(ctx);
    String id = ctx.pathParam("id");
    sessions.evaluation(id);
    ObjectNode body = MAPPER.createObjectNode();
    body.put("evaluation", id);
    access.ownerName(id).ifPresentOrElse(o -> body.put("owner", o), () -> body.putNull("owner"));
    ArrayNode allowed = body.putArray("allowed");
    access.allowedNames(id).forEach(allowed::add);
    ctx.json(body.toString());
  }

  private void allow(Context ctx) {
    Principal me = Auth.require(ctx);
    String id = ctx.pathParam("id");
    sessions.evaluation(id);
    JsonNode request = ApiBodies.object(ctx);
    access.allow(ctx, me, id, ApiBodies.text(request, "account"));
    allowed(ctx);
  }

  private void own(Context ctx) {
    DecisionSessions.Membership m = sessions.member(Auth.require(ctx), ctx.pathParam("id"));
    Ballot ballot =
        sessions
            .own(m)
            .orElseThrow(
                () ->
                    new HttpProblem(404, "no-ballot", "Not found", "no ballot in this round yet"));
    ctx.contentType("application/json").result(BallotJson.write(ballot));
  }

  private void submit(Context ctx) {
    Principal me = Auth.require(ctx);
    DecisionSessions.Membership m = sessions.member(me, ctx.pathParam("id"));
    Ballot ballot = BallotJson.read(ctx.body(), me.account().name(), m.session().frameworks());
    sessions.submit(me, m.session().id(), ballot);
    ctx.contentType("application/json")
        .result("{\"saved\":true,\"round\":" + m.session().round() + "}");
  }

  /** A revealed round's aggregate: what the reveal page shows. */
  private void round(Context ctx) {
    DecisionSessions.Membership m = sessions.member(Auth.require(ctx), ctx.pathParam("id"));
    int round = SessionRoutes.integer(ctx.pathParam("round"), 1, 1, 1_000);
    TeamJson.answer(ctx, TeamJson.round(m.session().id(), round, sessions.result(m, round)));
  }

  private void ballots(Context ctx) {
    DecisionSessions.Membership m = sessions.member(Auth.require(ctx), ctx.pathParam("id"));
    int round = SessionRoutes.integer(ctx.pathParam("round"), 1, 1, 1_000);
    sessions.ballots(m, round);
    ArrayNode list = MAPPER.createArrayNode();
    for (StoredBallot b : sessions.storedBallots(m.session().id(), round)) {
      ObjectNode item = list.addObject();
      item.put("participant", b.participant());
      try {
        item.set("ballot", MAPPER.readTree(b.ballotJson()));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("stored ballot is not JSON", e);
      }
    }
    ctx.contentType("application/json").result(list.toString());
  }
}
