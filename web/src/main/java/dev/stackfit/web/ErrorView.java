package dev.stackfit.web;

import dev.stackfit.core.Problem;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * What the HTML error page shows: what went wrong, what to do about it, and a link back to where
 * the person was (the page that sent them, else the nearest page that still makes sense).
 *
 * @param status the HTTP status
 * @param title a short summary
 * @param detail what was wrong this time
 * @param problems located input problems, or none
 * @param advice what to do next, in a sentence
 * @param back where the link back goes, a local path
 * @param backLabel the link's words ("Back to the session")
 * @param signIn the sign-in link that returns here, or "" when signing in would not help
 */
record ErrorView(
    int status,
    String title,
    String detail,
    List<Problem> problems,
    String advice,
    String back,
    String backLabel,
    String signIn) {

  static ErrorView of(HttpProblem problem, Context ctx) {
    String back = referer(ctx).orElseGet(() -> nearest(ctx.method().name(), ctx.path(), problem));
    boolean get = "GET".equals(ctx.method().name());
    return new ErrorView(
        problem.status(),
        problem.title(),
        problem.getMessage(),
        problem.problems(),
        advice(problem.status()),
        back,
        label(back),
        problem.status() == 401 ? "/login?next=" + (get ? ctx.path() : back) : "");
  }

  private static String advice(int status) {
    return switch (status) {
      case 400, 422 -> "Go back, correct what the message names and send the form again.";
      case 401 -> "Sign in, then try again.";
      case 403 ->
          "If you should be able to do this, ask the session's facilitator or whoever runs this"
              + " stackfit.";
      case 404 -> "Check the address, or find what you were looking for from the page before.";
      case 409 -> "Go back and reload the page to see how things stand now, then try again.";
      case 410 -> "Ask whoever sent you the link for a new one.";
      case 413 -> "Send something smaller.";
      case 415 -> "Send the body as the page or the API documentation says.";
      default ->
          status >= 500
              ? "Try again in a minute; if it keeps failing, the server's log says why."
              : "Go back and try again.";
    };
  }

  /** The page that sent the request, when it is one of this app's. */
  private static Optional<String> referer(Context ctx) {
    String referer = ctx.header("Referer");
    if (referer == null || referer.length() > 2_000) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(referer);
      boolean here = uri.getHost() == null || (uri.getAuthority().equalsIgnoreCase(ctx.host()));
      String path = uri.getRawPath();
      if (!here || path == null || !local(path) || path.equals(ctx.path())) {
        return Optional.empty();
      }
      return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static boolean local(String path) {
    if (!path.startsWith("/") || path.startsWith("//")) {
      return false;
    }
    return path.chars().allMatch(c -> c > ' ' && c < 0x7f && c != '\\');
  }

  /**
   * Without a referring page: the page a form was posted from, or for something missing or refused,
   * the list it belongs to.
   */
  static String nearest(String method, String path, HttpProblem problem) {
    String[] parts = path.split("/");
    if (parts.length < 2 || !local(path)) {
      return "/";
    }
    String section = parts[1];
    boolean gone = problem.status() == 403 || problem.status() == 404 || problem.status() == 410;
    if (parts.length >= 4 && !"GET".equals(method)) {
      return "/" + section + "/" + parts[2];
    }
    return switch (section) {
      case "sessions", "decisions" ->
          parts.length >= 3 && !gone ? "/sessions/" + parts[2] : "/sessions";
      case "evaluations" ->
          parts.length >= 3 && !gone ? "/evaluations/" + parts[2] : "/evaluations";
      case "catalog", "compare" -> "/catalog";
      case "questionnaire" -> "/questionnaire";
      default -> "/";
    };
  }

  static String label(String back) {
    String path = back.contains("?") ? back.substring(0, back.indexOf('?')) : back;
    String[] parts = path.split("/");
    String section = parts.length >= 2 ? parts[1] : "";
    boolean one = parts.length >= 3;
    return switch (section) {
      case "" -> "Back to the start";
      case "questionnaire" -> "Back to the questionnaire";
      case "evaluations" -> one ? "Back to the evaluation" : "Back to the saved evaluations";
      case "catalog", "compare" -> "Back to the catalog";
      case "sessions" ->
          parts.length >= 5
              ? "Back to the round"
              : one ? "Back to the session" : "Back to the sessions";
      case "decisions" -> "Back to the decision";
      case "invitations" -> "Back to the invitation";
      case "login" -> "Back to sign-in";
      default -> "Back to the page you came from";
    };
  }
}
