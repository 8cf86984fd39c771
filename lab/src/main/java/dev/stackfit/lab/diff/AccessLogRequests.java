package dev.stackfit.lab.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads requests recorded by the facade that {@code migrate plan} generates: its access log writes
 * one JSON object a line with {@code method}, {@code uri} (path and query) and {@code body}
 * (docs/migration.md). Lines of other formats are reported with their number.
 */
public final class AccessLogRequests {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AccessLogRequests() {}

  /** The requests recorded in {@code file}, in order. */
  public static List<DiffRequest> read(Path file) {
    return parse(RequestFile.lines(file), file.toString());
  }

  static List<DiffRequest> parse(List<String> lines, String source) {
    List<DiffRequest> requests = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      try {
        JsonNode entry = JSON.readTree(line);
        String method = entry.path("method").asText("");
        String uri = entry.path("uri").asText("");
        if (!DiffRequest.METHODS.contains(method) || DiffRequest.pathProblem(uri) != null) {
          problems.add(
              new Problem(
                  source,
                  i + 1,
                  1,
                  "",
                  "has no method and uri of a request (format stackfit_diff)"));
          continue;
        }
        String body = entry.path("body").asText("");
        requests.add(new DiffRequest(method, uri, body, source + ":" + (i + 1)));
      } catch (JsonProcessingException e) {
        problems.add(
            new Problem(
                source,
                i + 1,
                1,
                "",
                "is not a JSON line of the facade's access log (log_format stackfit_diff)"));
      }
    }
    if (requests.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(source, 0, 0, "", "records no request"));
    }
    if (requests.size() > RequestFile.MAX_REQUESTS) {
      problems.add(
          new Problem(
              source,
              0,
              0,
              "",
              "records "
                  + requests.size()
                  + " requests; at most "
                  + RequestFile.MAX_REQUESTS
                  + " are compared (keep the last ones with tail)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.size() > 20 ? problems.subList(0, 20) : problems);
    }
    return requests;
  }
}
