package dev.stackfit.lab.diff;

import java.util.Locale;
import java.util.Set;

/**
 * One request that {@code lab diff} sends to every service.
 *
 * @param method an HTTP method in upper case
 * @param path the path with its query string, starting with {@code /}
 * @param body the request body; empty for none
 * @param origin where the request came from ("requests.txt:4"), for reports
 */
public record DiffRequest(String method, String path, String body, String origin) {
  /** Methods a request file may use; CONNECT and TRACE make no sense against an API. */
  static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  public DiffRequest {
    method = method.toUpperCase(Locale.ROOT);
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("unsupported method " + method);
    }
    String problem = pathProblem(path);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** Why {@code path} cannot be sent, or null when it can. */
  static String pathProblem(String path) {
    if (!path.startsWith("/")) {
      return "\"" + path + "\" is not a path; a path starts with /";
    }
    try {
      java.net.URI.create("http://localhost" + path);
      return null;
    } catch (IllegalArgumentException e) {
      return "\"" + path + "\" is not a valid path (encode spaces and braces with %)";
    }
  }

  /** "GET /orders/1", for examples in reports. */
  public String line() {
    return method + " " + path;
  }

  /** True for methods that change state on the server. */
  public boolean changesState() {
    return !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
  }
}
