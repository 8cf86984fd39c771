package dev.stackfit.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.formats.profile.ProfileWriter;
import dev.stackfit.web.team.DueReviews;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The HTML pages: home, questionnaire, results, saved list, catalog, framework, compare. */
final class PageRoutes {
  private static final int MAX_COMPARE = 5;

  private final WebConfig config;
  private final Evaluations evaluations;
  private final Templates templates;
  private final LabAttachments labs;
  private final EvaluationOwnership owners;

  PageRoutes(
      WebConfig config,
      Evaluations evaluations,
      Templates templates,
      LabAttachments labs,
      EvaluationOwnership owners) {
    this.config = config;
    this.evaluations = evaluations;
    this.templates = templates;
    this.labs = labs;
    this.owners = owners;
  }

  void register(RoutesConfig routes) {
    routes.get(
        "/",
        ctx ->
            page(
                ctx,
                "home.jte",
                new HomeView(evaluations.list(10, 0), config.catalog(), DueReviews.of(ctx))));
    routes.get("/questionnaire", ctx -> questionnaire(ctx, QuestionnaireForm.defaults()));
    routes.post("/questionnaire", this::submit);
    routes.post("/questionnaire/check", this::check);
    routes.get("/evaluations", this::savedList);
    routes.get("/evaluations/{id}", this::results);
    routes.post("/evaluations/{id}/lab", this::attachLab);
    routes.get(
        "/catalog",
        ctx ->
            page(ctx, "catalog.jte", new CatalogView(CatalogFilter.from(ctx), config.catalog())));
    routes.get(
        "/catalog/{id}",
        ctx -> page(ctx, "framework.jte", new FrameworkView(find(ctx.pathParam("id")))));
    routes.get("/compare", this::compare);
  }

  /** Attaches a pasted lab result; bad JSON comes back as a problem naming the field. */
  private void attachLab(Context ctx) {
    String id = ctx.pathParam("id");
    String lab = ctx.formParam("lab");
    if (lab == null || lab.isBlank()) {
      throw new HttpProblem(
          400, "empty-lab-result", "No lab result", "paste the JSON of stackfit lab run --json");
    }
    labs.attach(ctx, id, lab);
    ctx.redirect("/evaluations/" + id, HttpStatus.SEE_OTHER);
  }

  private void submit(Context ctx) {
    QuestionnaireForm form = new QuestionnaireForm(ctx.formParamMap(), List.of(), "");
    switch (ctx.formParamMap().getOrDefault("action", List.of("evaluate")).get(0)) {
      case "import" -> importProfile(ctx, form);
      case "export" -> export(ctx, form);
      default -> evaluate(ctx, form);
    }
  }

  /** Validation as you go: the reader's problems for the form as it stands, as JSON. */
  private void check(Context ctx) {
    QuestionnaireForm form = new QuestionnaireForm(ctx.formParamMap(), List.of(), "");
    ObjectNode body = Json.object();
    ArrayNode problems = body.putArray("problems");
    try {
      parse(form);
    } catch (InvalidInputException e) {
      for (Problem p : e.problems()) {
        problems.addObject().put("path", p.path()).put("message", p.message());
      }
    }
    ApiRoutes.json(ctx, body);
  }

  private void evaluate(Context ctx, QuestionnaireForm form) {
    Profile profile;
    try {
      profile = parse(form);
    } catch (InvalidInputException e) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      questionnaire(ctx, form.withProblems(e.problems()));
      return;
    }
    Evaluations.Evaluated result = evaluations.evaluateAndSave(profile);
    owners.saved(ctx, result.id());
    ctx.redirect("/evaluations/" + result.id(), HttpStatus.SEE_OTHER);
  }

  private void export(Context ctx, QuestionnaireForm form) {
    try {
      Profile profile = parse(form);
      ctx.header("Content-Disposition", "attachment; filename=\"profile.yaml\"");
      ctx.contentType("application/yaml; charset=utf-8").result(ProfileWriter.toYaml(profile));
    } catch (InvalidInputException e) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      questionnaire(ctx, form.withProblems(e.problems()));
    }
  }

  private void importProfile(Context ctx, QuestionnaireForm form) {
    String text = uploadedText(ctx);
    String source = "uploaded file";
    if (text.isBlank()) {
      text = form.value("importText");
      source = "pasted profile";
    }
    if (text.isBlank()) {
      questionnaire(
          ctx,
          form.withProblems(
              List.of(new Problem("import", 0, 0, "", "paste a profile or choose a file first"))));
      return;
    }
    try {
      Profile profile = evaluations.parse(text, source);
      questionnaire(
          ctx, new QuestionnaireForm(ProfileFormMapping.fromProfile(profile), List.of(), ""));
    } catch (InvalidInputException e) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      questionnaire(ctx, form.withImportText(text).withProblems(e.problems()));
    }
  }

  private static String uploadedText(Context ctx) {
    if (ctx.contentType() == null || !ctx.contentType().startsWith("multipart/")) {
      return "";
    }
    UploadedFile file = ctx.uploadedFile("importFile");
    if (file == null || file.size() == 0) {
      return "";
    }
    try (InputStream in = file.content()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new HttpProblem(400, "unreadable-upload", "Unreadable upload", e.getMessage());
    }
  }

  private Profile parse(QuestionnaireForm form) {
    return evaluations.parse(Json.text(QuestionnaireJson.toJson(form)), "questionnaire");
  }

  private void questionnaire(Context ctx, QuestionnaireForm form) {
    page(ctx, "questionnaire.jte", new QuestionnaireView(form, config.catalog()));
  }

  private void savedList(Context ctx) {
    int page = ApiRoutes.intParam(ctx, "page", 1, 1, 100_000);
    int size = 25;
    page(
        ctx,
        "evaluations.jte",
        new SavedListView(
            evaluations.list(size + 1, (page - 1) * size), page, size, config.catalog()));
  }

  private void results(Context ctx) {
    String id = ctx.pathParam("id");
    Evaluations.Evaluated evaluated =
        evaluations.find(id).orElseThrow(() -> HttpProblem.notFound("evaluation " + id));
    page(ctx, "results.jte", new ResultsView(evaluated));
  }

  private void compare(Context ctx) {
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(ctx.queryParams("id")));
    if (ids.size() < 2 || ids.size() > MAX_COMPARE) {
      throw new HttpProblem(
          400,
          "bad-parameter",
          "Bad parameter",
          "choose 2 to " + MAX_COMPARE + " frameworks to compare, got " + ids.size());
    }
    List<Framework> frameworks = ids.stream().map(this::find).toList();
    page(ctx, "compare.jte", new CompareView(frameworks));
  }

  private Framework find(String id) {
    return config.catalog().find(id).orElseThrow(() -> HttpProblem.notFound("framework " + id));
  }

  private void page(Context ctx, String template, Object model) {
    templates.page(ctx, template, model);
  }
}
