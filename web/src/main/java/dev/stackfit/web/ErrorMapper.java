package dev.stackfit.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.InfrastructureException;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.team.NameTakenException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpException;

/**
 * The one place failures become responses: RFC 9457 problem+json under {@code /api/} and for
 * clients that ask for JSON, a small HTML page elsewhere. Bad input is always a 4xx.
 */
final class ErrorMapper {
  static final String PROBLEM_JSON = "application/problem+json";
  private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

  private final Templates templates;

  ErrorMapper(Templates templates) {
    this.templates = templates;
  }

  void handle(Exception exception, Context ctx) {
    HttpProblem problem = toProblem(exception);
    if (problem.status() >= 500) {
      LOG.log(Level.SEVERE, "request failed: " + ctx.method() + " " + ctx.path(), exception);
    }
    respond(problem, ctx);
  }

  void respond(HttpProblem problem, Context ctx) {
    ctx.status(problem.status());
    if (wantsJson(ctx)) {
      ctx.contentType(PROBLEM_JSON).result(Json.text(body(problem, ctx)));
    } else {
      templates.page(ctx, "error.jte", ErrorView.of(problem, ctx));
    }
  }

  /** Replaces Javalin's plain-text error body with ours, unless a handler already wrote one. */
  void ensureProblemBody(Context ctx) {
    String type = ctx.res().getContentType();
    if (type != null && (type.startsWith(PROBLEM_JSON) || type.startsWith("text/html"))) {
      return;
    }
    int status = ctx.statusCode();
    respond(
        new HttpProblem(
            status,
            "http-" + status,
            HttpProblem.title(status),
            status == 404
                ? ctx.path() + " does not exist"
                : ctx.method() + " is not allowed on " + ctx.path()),
        ctx);
  }

  static HttpProblem toProblem(Exception exception) {
    // A request Jetty could not read (a malformed multipart body, say) is the client's fault.
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
        return new HttpProblem(
            http.getCode(),
            "unreadable-request",
            HttpProblem.title(http.getCode()),
            "the request could not be read: " + http.getReason());
      }
    }
    return switch (exception) {
      case HttpProblem problem -> problem;
      case InvalidInputException invalid ->
          new HttpProblem(
              422,
              "invalid-profile",
              "The profile has problems",
              invalid.problems().size() + " problem(s) in the profile",
              invalid.problems());
      case StaleProfileException stale ->
          new HttpProblem(
              409,
              "stale-profile",
              "Saved profile no longer fits the catalog",
              stale.getMessage(),
              stale.problems());
      case NameTakenException taken ->
          new HttpProblem(409, "name-taken", "Name taken", taken.getMessage());
      case BadInputException bad ->
          new HttpProblem(400, "bad-input", "Bad request", bad.getMessage());
      // The cause is logged; the client learns only that the server could not do it now.
      case InfrastructureException broken ->
          new HttpProblem(
              503,
              "unavailable",
              "Service unavailable",
              "the server could not reach what it depends on (database, files); the log has"
                  + " details");
      case HttpResponseException http ->
          new HttpProblem(
              http.getStatus(),
              "http-" + http.getStatus(),
              HttpProblem.title(http.getStatus()),
              http.getMessage());
      default ->
          new HttpProblem(
              500, "internal", "Internal error", "the server failed; the log has details");
    };
  }

  static ObjectNode body(HttpProblem problem, Context ctx) {
    ObjectNode body = Json.object();
    body.put("type", "urn:stackfit:problem:" + problem.type());
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.getMessage());
    body.put("instance", ctx.path());
    List<Problem> problems = problem.problems();
    if (!problems.isEmpty()) {
      ArrayNode list = body.putArray("problems");
      for (Problem p : problems) {
        ObjectNode item = list.addObject();
        item.put("source", p.source());
        item.put("line", p.line());
        item.put("column", p.column());
        item.put("path", p.path());
        item.put("message", p.message());
      }
    }
    return body;
  }

  static boolean wantsJson(Context ctx) {
    String accept = ctx.header("Accept");
    return ctx.path().startsWith("/api/")
        || ctx.path().equals("/health")
        || (accept != null && accept.contains("json") && !accept.contains("text/html"));
  }
}
