package dev.stackfit.web.team;

import dev.stackfit.core.Identified;
import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.decision.DecisionStatus;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.DecisionRecord;
import dev.stackfit.web.HttpProblem;
import dev.stackfit.web.auth.Auth;
import dev.stackfit.web.auth.Principal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;

/** Decision records: record, read, download (MADR, radar CSV), change status, reassess. */
final class DecisionRoutes {
  private final Auth auth;
  private final DecisionRecords records;
  private final DecisionRecording recording;
  private final Pages pages;

  DecisionRoutes(Auth auth, DecisionRecords records, DecisionRecording recording, Pages pages) {
    this.auth = auth;
    this.records = records;
    this.recording = recording;
    this.pages = pages;
  }

  void register(RoutesConfig routes) {
    routes.post("/sessions/{id}/decision", this::decide);
    routes.get("/decisions/{id}", ctx -> page(ctx, false));
    routes.get("/decisions/{id}/adr.md", this::markdown);
    routes.get("/decisions/{id}/radar.csv", this::radar);
    routes.get("/decisions/{id}/decision.json", this::decisionFile);
    routes.post("/decisions/{id}/status", this::status);
    routes.get("/decisions/{id}/reassess", ctx -> page(ctx, true));
  }

  private void decide(Context ctx) {
    Principal me = Auth.require(ctx);
    DecisionRecording.Choice choice =
        new DecisionRecording.Choice(
            Optional.ofNullable(ctx.formParam("chosen")).orElse(""),
            ctx.formParam("rationale"),
            status(Optional.ofNullable(ctx.formParam("status")).orElse("accepted")),
            SessionRoutes.integer(
                ctx.formParam("reviewMonths"), Decision.DEFAULT_REVIEW_MONTHS, 1, 60),
            ctx.formParam("title"),
            ctx.formParam("supersedes"));
    DecisionRecording.Recorded recorded = recording.decide(me, ctx.pathParam("id"), choice);
    DecisionRecord record = recorded.record();
    if (recorded.created()) {
      auth.audit(
          ctx,
          me.account().name(),
          AuditAction.DECISION_RECORDED,
          record.id()
              + " "
              + record.status().id()
              + (record.supersedes().isEmpty() ? "" : " superseding " + record.supersedes()));
    }
    ctx.redirect("/decisions/" + record.id(), HttpStatus.SEE_OTHER);
  }

  static DecisionStatus status(String id) {
    return Identified.byId(DecisionStatus.class, id)
        .orElseThrow(
            () ->
                HttpProblem.badRequest(
                    "bad-parameter", "status: " + Identified.notOneOf(DecisionStatus.class, id)));
  }

  private void page(Context ctx, boolean reassess) {
    Principal me = Auth.require(ctx);
    DecisionRecords.Seen seen = records.find(me, ctx.pathParam("id"));
    List<Decision> others =
        records.visible(me).stream()
            .map(DecisionRecords.Seen::decision)
            .filter(d -> !d.id().equals(seen.decision().id()))
            .toList();
    pages.render(
        ctx,
        reassess ? "reassess.jte" : "decision.jte",
        new DecisionView(
            seen.decision(),
            seen.membership().session(),
            reassess ? "" : records.markdown(seen),
            seen.membership().facilitates(),
            others,
            reassess ? Optional.of(records.reassess(seen)) : Optional.empty(),
            pages.names(seen.decision().considered()),
            me.csrfToken()));
  }

  private void markdown(Context ctx) {
    DecisionRecords.Seen seen = records.find(Auth.require(ctx), ctx.pathParam("id"));
    ctx.header("Content-Disposition", "attachment; filename=\"" + seen.decision().id() + ".md\"");
    ctx.contentType("text/markdown; charset=utf-8").result(records.markdown(seen));
  }

  private void radar(Context ctx) {
    DecisionRecords.Seen seen = records.find(Auth.require(ctx), ctx.pathParam("id"));
    ctx.header(
        "Content-Disposition", "attachment; filename=\"" + seen.decision().id() + "-radar.csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(records.radar(seen));
  }

  /** The decision file {@code stackfit reassess} reads. */
  private void decisionFile(Context ctx) {
    DecisionRecords.Seen seen = records.find(Auth.require(ctx), ctx.pathParam("id"));
    ctx.header("Content-Disposition", "attachment; filename=\"" + seen.decision().id() + ".json\"");
    ctx.contentType("application/json; charset=utf-8").result(seen.record().decisionJson());
  }

  private void status(Context ctx) {
    Principal me = Auth.require(ctx);
    DecisionStatus status = status(Optional.ofNullable(ctx.formParam("status")).orElse(""));
    records.status(me, ctx.pathParam("id"), status, ctx.formParam("supersededBy"));
    auth.audit(
        ctx,
        me.account().name(),
        AuditAction.DECISION_STATUS,
        ctx.pathParam("id") + " " + status.id());
    ctx.redirect("/decisions/" + ctx.pathParam("id"), HttpStatus.SEE_OTHER);
  }
}
