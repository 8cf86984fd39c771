package dev.stackfit.formats.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.evidence.Evidence;
import dev.stackfit.core.evidence.MeasuredCandidate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PoC lab result (contract section 5, {@code stackfit lab run --json}) as the engine's
 * measured evidence; used by {@code recommend --evidence} and by the web app's attachment.
 */
public final class LabResultJson {
  private LabResultJson() {}

  /**
   * Parses {@code text}; every problem names {@code source} and the field.
   *
   * @param sourceName how reasons and messages refer to the result (a file name)
   */
  public static Evidence read(String text, String sourceName) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new InvalidInputException(
          new Problem(
              sourceName,
              0,
              0,
              "",
              "is not a lab result JSON: " + e.getMessage().lines().findFirst().orElse("")));
    }
    JsonNode candidates = root == null ? null : root.path("candidates");
    if (candidates == null || !candidates.isArray() || candidates.isEmpty()) {
      throw new InvalidInputException(
          new Problem(
              sourceName, 0, 0, "candidates", "a lab result needs a non-empty candidates array"));
    }
    List<MeasuredCandidate> measured = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      JsonNode c = candidates.get(i);
      String framework = c.path("framework").asText("");
      if (framework.isEmpty()) {
        problems.add(
            new Problem(sourceName, 0, 0, "candidates[" + i + "].framework", "is missing"));
        continue;
      }
      measured.add(
          new MeasuredCandidate(
              framework,
              c.path("name").asText(framework),
              c.path("maxSustainableRps").asDouble(0),
              c.path("atTarget").path("latencyMs").path("p99").asDouble(-1),
              c.path("startupMs").asDouble(0),
              c.path("peakRssMb").asDouble(0),
              errorRate(c.path("atTarget"))));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Evidence(sourceName, root.path("date").asText(""), measured);
  }

  private static double errorRate(JsonNode atTarget) {
    double requests = atTarget.path("requests").asDouble(0);
    JsonNode errors = atTarget.path("errors");
    double failed = errors.isNumber() ? errors.asDouble() : 0;
    if (errors.isObject()) {
      for (JsonNode count : errors) {
        failed += count.asDouble(0);
      }
    }
    return requests > 0 ? failed / requests : 0;
  }
}
