package dev.stackfit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.BuildInfo;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.history.EvaluationSummary;
import dev.stackfit.core.history.SavedEvaluation;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.formats.report.FrameworkJson;
import dev.stackfit.formats.report.HtmlReport;
import dev.stackfit.formats.report.MarkdownReport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** The JSON API of docs/contracts/api.md, plus the small endpoints the pages call. */
final class ApiRoutes {
  static final Set<String> PROFILE_TYPES =
      Set.of(
          "application/yaml",
          "application/x-yaml",
          "text/yaml",
          "text/x-yaml",
          "application/json",
          "text/plain");
  private static final int MAX_PAGE = 200;

  private final WebConfig config;
  private final Evaluations evaluations;
  private final RequestGuards guards;
  private final LabAttachments labs;
  private final EvaluationOwnership owners;
  private final String openApi;

  ApiRoutes(
      WebConfig config,
      Evaluations evaluations,
      RequestGuards guards,
      LabAttachments labs,
      EvaluationOwnership owners) {
    this.config = config;
    this.evaluations = evaluations;
    this.guards = guards;
    this.labs = labs;
    this.owners = owners;
    this.openApi = resource("openapi.json");
  }

  void register(RoutesConfig routes) {
    routes.get("/health", this::health);
    routes.get("/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    routes.get("/api/v1/frameworks", this::frameworks);
    routes.get("/api/v1/frameworks/{id}", this::framework);
    routes.post("/api/v1/evaluations", this::create);
    routes.get("/api/v1/evaluations", this::list);
    routes.get("/api/v1/evaluations/{id}", this::evaluation);
    routes.get("/api/v1/evaluations/{id}/report/{format}", this::report);
    routes.put("/api/v1/evaluations/{id}/lab", this::attachLab);
    routes.post("/api/v1/ahp", ctx -> json(ctx, AhpJson.answer(Json.parseUntrusted(body(ctx)))));
  }

  private void health(Context ctx) {
    ObjectNode body = Json.object();
    body.put("status", "ok");
    BuildInfo build = BuildInfo.current();
    body.put("version", build.version());
    body.put("commit", build.commitLabel());
    body.put("commitDate", build.commitDate());
    body.put("frameworks", config.catalog().size());
    json(ctx, body);
  }

  private void frameworks(Context ctx) {
    CatalogFilter filter = CatalogFilter.from(ctx);
    ObjectNode body = Json.object();
    body.put("asOf", config.catalog().asOf().toString());
    ArrayNode list = body.putArray("frameworks");
    filter.apply(config.catalog()).forEach(f -> list.add(FrameworkJson.summary(f)));
    json(ctx, body);
  }

  private void framework(Context ctx) {
    Framework framework =
        config
            .catalog()
            .find(ctx.pathParam("id"))
            .orElseThrow(() -> HttpProblem.notFound("framework " + ctx.pathParam("id")));
    json(ctx, FrameworkJson.full(framework));
  }

  private void create(Context ctx) {
    requireProfileType(ctx);
    String text = body(ctx);
    if (text.isBlank()) {
      throw new HttpProblem(400, "empty-body", "Empty body", "send a profile in YAML or JSON");
    }
    Profile profile = evaluations.parse(text, "request body");
    Evaluations.Evaluated result = evaluations.evaluateAndSave(profile);
    owners.saved(ctx, result.id());
    ctx.status(201).header("Location", "/api/v1/evaluations/" + result.id());
    ctx.contentType("application/json").result(Evaluations.jsonWithId(result.saved()));
  }

  private void attachLab(Context ctx) {
    String text = body(ctx);
    if (text.isBlank()) {
      throw new HttpProblem(
          400, "empty-body", "Empty body", "send a lab result JSON (stackfit lab run --json)");
    }
    String id = ctx.pathParam("id");
    labs.attach(ctx, id, text);
    ObjectNode body = Json.object();
    body.put("id", id);
    body.put("permalink", "/evaluations/" + id);
    body.put("attached", true);
    json(ctx, body);
  }

  private void list(Context ctx) {
    int limit = intParam(ctx, "limit", 50, 0, MAX_PAGE);
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray("evaluations");
    for (EvaluationSummary s : evaluations.list(limit, offset)) {
      ObjectNode item = items.addObject();
      item.put("id", s.id());
      item.put("profile", s.profileName());
      item.put("winner", s.winner().orElse(""));
      item.put("createdAt", s.createdAt().toString());
    }
    json(ctx, body);
  }

  private void evaluation(Context ctx) {
    ctx.contentType("application/json").result(Evaluations.jsonWithId(saved(ctx)));
  }

  private void report(Context ctx) {
    String format = ctx.pathParam("format").toLowerCase(Locale.ROOT);
    String id = ctx.pathParam("id");
    switch (format) {
      case "json" -> download(ctx, id + ".json", "application/json", saved(ctx).resultJson());
      case "markdown" ->
          download(
              ctx,
              id + ".md",
              "text/markdown; charset=utf-8",
              MarkdownReport.render(evaluated(ctx).evaluation()));
      case "html" ->
          download(
              ctx,
              id + ".html",
              "text/html; charset=utf-8",
              HtmlReport.render(evaluated(ctx).evaluation()));
      default ->
          throw new HttpProblem(
              404,
              "not-found",
              "Not found",
              "report format \"" + format + "\" is not one of json, markdown, html");
    }
  }

  private static void download(Context ctx, String file, String type, String text) {
    // Attachments are never rendered in this origin, so a report's own styles stay inert here.
    ctx.header("Content-Disposition", "attachment; filename=\"stackfit-" + file + "\"");
    ctx.contentType(type).result(text);
  }

  private SavedEvaluation saved(Context ctx) {
    String id = ctx.pathParam("id");
    return evaluations.findSaved(id).orElseThrow(() -> HttpProblem.notFound("evaluation " + id));
  }

  private Evaluations.Evaluated evaluated(Context ctx) {
    String id = ctx.pathParam("id");
    return evaluations.find(id).orElseThrow(() -> HttpProblem.notFound("evaluation " + id));
  }

  private String body(Context ctx) {
    return guards.body(ctx);
  }

  private static void requireProfileType(Context ctx) {
    String type = ctx.contentType();
    String base = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!base.isEmpty() && !PROFILE_TYPES.contains(base)) {
      throw new HttpProblem(
          415,
          "unsupported-media-type",
          "Unsupported media type",
          "Content-Type " + base + " is not a profile; send application/yaml or application/json");
    }
  }

  static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the allowed range
    }
    throw new HttpProblem(
        400,
        "bad-parameter",
        "Bad parameter",
        name + ": \"" + raw + "\" is not a whole number from " + min + " to " + max);
  }

  static void json(Context ctx, JsonNode body) {
    ctx.contentType("application/json").result(Json.text(body));
  }

  static String resource(String name) {
    try (InputStream in = ApiRoutes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
