package dev.stackfit.web.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.decision.DecisionStatus;
import dev.stackfit.core.decision.Reassessment;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.formats.decision.ReassessmentReport;
import dev.stackfit.web.HttpProblem;
import dev.stackfit.web.auth.Auth;
import dev.stackfit.web.auth.Principal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * The JSON API of decision records: list, read (the decision file as JSON, the MADR record as
 * {@code text/markdown}, the radar sheet as {@code text/csv}, chosen by {@code Accept}), change the
 * status, and reassess against today's catalog. Members of a decision's session may read it; only
 * its facilitators change it.
 */
final class DecisionApi {
  private static final String JSON = "application/json";
  private static final String MARKDOWN = "text/markdown";
  private static final String CSV = "text/csv";

  private final Auth auth;
  private final DecisionRecords records;

  DecisionApi(Auth auth, DecisionRecords records) {
    this.auth = auth;
    this.records = records;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/v1/decisions", this::list);
    routes.get("/api/v1/decisions/{id}", this::read);
    routes.put("/api/v1/decisions/{id}/status", this::status);
    routes.post("/api/v1/decisions/{id}/reassessment", this::reassess);
  }

  private void list(Context ctx) {
    Principal me = Auth.require(ctx);
    ObjectNode body = TeamJson.MAPPER.createObjectNode();
    ArrayNode list = body.putArray("decisions");
    records
        .visible(me)
        .forEach(
            seen -> list.add(TeamJson.decision(seen.record(), seen.decision(), records.today())));
    TeamJson.answer(ctx, body);
  }

  private void read(Context ctx) {
    DecisionRecords.Seen seen = records.find(Auth.require(ctx), ctx.pathParam("id"));
    String id = seen.decision().id();
    switch (representation(ctx.header("Accept"))) {
      case MARKDOWN ->
          ctx.header("Content-Disposition", "inline; filename=\"" + id + ".md\"")
              .contentType("text/markdown; charset=utf-8")
              .result(records.markdown(seen));
      case CSV ->
          ctx.header("Content-Disposition", "inline; filename=\"" + id + "-radar.csv\"")
              .contentType("text/csv; charset=utf-8")
              .result(records.radar(seen));
      default -> ctx.contentType(JSON).result(seen.record().decisionJson());
    }
  }

  /**
   * The representation {@code Accept} prefers (highest quality, then first listed) among JSON,
   * Markdown and CSV; JSON when it sends none; 406 when it allows none of them.
   */
  static String representation(String accept) {
    if (accept == null || accept.isBlank()) {
      return JSON;
    }
    String best = null;
    double bestQuality = 0;
    for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
      String[] pieces = part.split(";");
      String offered = offered(pieces[0].strip());
      double quality = quality(pieces);
      if (offered != null && quality > bestQuality) {
        best = offered;
        bestQuality = quality;
      }
    }
    if (best == null) {
      throw new HttpProblem(
          406,
          "not-acceptable",
          "Not acceptable",
          "a decision is available as application/json, text/markdown (MADR) or text/csv (radar)");
    }
    return best;
  }

  private static String offered(String mediaRange) {
    return switch (mediaRange) {
      case JSON, "application/*", "*/*" -> JSON;
      case MARKDOWN, "text/*" -> MARKDOWN;
      case CSV -> CSV;
      default -> null;
    };
  }

  private static double quality(String[] pieces) {
    for (int i = 1; i < pieces.length; i++) {
      String parameter = pieces[i].strip();
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }

  private void status(Context ctx) {
    Principal me = Auth.require(ctx);
    JsonNode request = ApiBodies.object(ctx);
    String statusId = ApiBodies.text(request, "status");
    DecisionStatus status = DecisionRoutes.status(statusId == null ? "" : statusId);
    String id = ctx.pathParam("id");
    records.status(me, id, status, ApiBodies.text(request, "supersededBy"));
    auth.audit(ctx, me.account().name(), AuditAction.DECISION_STATUS, id + " " + status.id());
    ctx.contentType(JSON).result(records.find(me, id).record().decisionJson());
  }

  /** What {@code stackfit reassess} prints, as JSON; changes nothing, so a read token may ask. */
  private void reassess(Context ctx) {
    DecisionRecords.Seen seen = records.find(Auth.require(ctx), ctx.pathParam("id"));
    Reassessment.Result result = records.reassess(seen);
    ctx.contentType(JSON).result(ReassessmentReport.json(seen.decision(), result, records.today()));
  }
}
