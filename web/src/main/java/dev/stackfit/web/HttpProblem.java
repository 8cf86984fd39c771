package dev.stackfit.web;

import dev.stackfit.core.Problem;
import java.util.List;

/**
 * The one way a route refuses a request: an RFC 9457 problem with its status, a stable {@code type}
 * (answered as {@code urn:stackfit:problem:TYPE}), a title and a detail naming what was wrong. The
 * {@link ErrorMapper} writes it as problem+json or as the error page; docs/contracts/api.md lists
 * the types.
 */
public final class HttpProblem extends RuntimeException {
  private final int status;
  private final String type;
  private final String title;
  private final List<Problem> problems;

  /**
   * @param status the HTTP status, 400 to 599
   * @param type the problem type's last part, kebab-case ("invalid-profile")
   * @param title a short summary that does not change from occurrence to occurrence
   * @param detail what was wrong this time, naming the bad value
   * @param problems located input problems, or none
   */
  public HttpProblem(int status, String type, String title, String detail, List<Problem> problems) {
    super(detail, null, false, false);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a problem's status is 4xx or 5xx, was " + status);
    }
    this.status = status;
    this.type = type;
    this.title = title;
    this.problems = List.copyOf(problems);
  }

  public HttpProblem(int status, String type, String title, String detail) {
    this(status, type, title, detail, List.of());
  }

  /** 400: the request is malformed or a value in it is out of bounds. */
  public static HttpProblem badRequest(String type, String detail) {
    return of(400, type, detail);
  }

  /** 401: the caller must sign in first. */
  public static HttpProblem unauthorized(String detail) {
    return of(401, "sign-in-required", detail);
  }

  /** 403: the caller is known but may not do this. */
  public static HttpProblem forbidden(String type, String detail) {
    return of(403, type, detail);
  }

  /** 404: {@code what} ("evaluation abc") does not exist. */
  public static HttpProblem notFound(String what) {
    return of(404, "not-found", what + " does not exist");
  }

  /** 409: the request is fine but the state of what it addresses does not allow it now. */
  public static HttpProblem conflict(String type, String detail) {
    return of(409, type, detail);
  }

  /** 410: what the request names existed and is gone for good (a used invitation). */
  public static HttpProblem gone(String type, String detail) {
    return of(410, type, detail);
  }

  private static HttpProblem of(int status, String type, String detail) {
    return new HttpProblem(status, type, title(status), detail);
  }

  /** The title of a status for problems that need no more specific one. */
  static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Sign-in required";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 409 -> "Conflict";
      case 410 -> "Gone";
      case 413 -> "Request body too large";
      case 415 -> "Unsupported media type";
      case 422 -> "Unprocessable content";
      case 429 -> "Too many requests";
      case 503 -> "Service unavailable";
      default -> status >= 500 ? "Internal error" : "Request refused";
    };
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  /** Located input problems (a profile's, a lab result's); empty for most problems. */
  public List<Problem> problems() {
    return problems;
  }
}
