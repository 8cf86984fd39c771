package dev.stackfit.lab.diff;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the simple request file of {@code lab diff}: one request a line, {@code METHOD PATH
 * [BODY]}, the body being the rest of the line (JSON on one line, say); blank lines and lines
 * starting with {@code #} are skipped. Every bad line is reported with its number.
 */
public final class RequestFile {
  /** The most requests one file may hold: a diff is a sample, not a load test. */
  public static final int MAX_REQUESTS = 10_000;

  private RequestFile() {}

  /** The requests of {@code file}, in order. */
  public static List<DiffRequest> read(Path file) {
    return parse(lines(file), file.toString());
  }

  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(new Problem(file.toString(), 0, 0, "", "file not found"));
    } catch (IOException e) {
      throw new InvalidInputException(
          new Problem(
              file.toString(), 0, 0, "", "cannot be read as UTF-8 text: " + e.getMessage()));
    }
  }

  /** Parses the lines of a request file named {@code source}. */
  static List<DiffRequest> parse(List<String> lines, String source) {
    List<DiffRequest> requests = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+", 3);
      String why = problem(parts);
      if (why != null) {
        problems.add(new Problem(source, i + 1, 1, "", why));
        continue;
      }
      String origin = source + ":" + (i + 1);
      requests.add(new DiffRequest(parts[0], parts[1], parts.length == 3 ? parts[2] : "", origin));
    }
    if (requests.isEmpty() && problems.isEmpty()) {
      problems.add(
          new Problem(source, 0, 0, "", "holds no request; write one a line: METHOD PATH [BODY]"));
    }
    if (requests.size() > MAX_REQUESTS) {
      problems.add(
          new Problem(
              source,
              0,
              0,
              "",
              "holds " + requests.size() + " requests; at most " + MAX_REQUESTS + " are compared"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return requests;
  }

  private static String problem(String[] parts) {
    if (parts.length < 2) {
      return "\"" + parts[0] + "\" is not a request; write METHOD PATH [BODY], e.g. GET /orders/1";
    }
    if (!DiffRequest.METHODS.contains(parts[0].toUpperCase(java.util.Locale.ROOT))) {
      return "\""
          + parts[0]
          + "\" is not a method; use one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    }
    return DiffRequest.pathProblem(parts[1]);
  }
}
