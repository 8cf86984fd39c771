package dev.stackfit.formats.migration;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.migration.RecordedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the requests of an access log, to weigh slices by traffic: nginx's or Apache's combined
 * format ({@code "GET /orders/7 HTTP/1.1"}) and the facade's JSON lines ({@code "method":"GET",
 * "uri":"/orders/7"}). Lines in neither form are skipped and counted.
 */
public final class TrafficLog {
  private static final Pattern REQUEST_LINE =
      Pattern.compile("\"(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|TRACE) (/\\S*) HTTP/[0-9.]+\"");
  private static final Pattern JSON_LINE =
      Pattern.compile("\"method\":\"([A-Z]+)\",\"uri\":\"(/[^\"]*)\"");

  private TrafficLog() {}

  /**
   * The requests in {@code file}.
   *
   * @throws InvalidInputException when the file cannot be read or holds no request line
   */
  public static List<RecordedRequest> read(Path file) {
    List<String> lines;
    try (var stream = Files.lines(file, StandardCharsets.UTF_8)) {
      lines = stream.toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InvalidInputException(
          new Problem(file.toString(), 0, 0, "--traffic", "cannot be read as UTF-8 text"));
    }
    List<RecordedRequest> requests = new ArrayList<>();
    for (String line : lines) {
      Matcher m = REQUEST_LINE.matcher(line);
      Matcher j = JSON_LINE.matcher(line);
      if (m.find()) {
        requests.add(new RecordedRequest(m.group(1), m.group(2)));
      } else if (j.find()) {
        requests.add(new RecordedRequest(j.group(1), j.group(2)));
      }
    }
    if (requests.isEmpty()) {
      throw new InvalidInputException(
          new Problem(
              file.toString(),
              0,
              0,
              "--traffic",
              "holds no request line of an access log (combined format or the facade's JSON)"));
    }
    return requests;
  }
}
