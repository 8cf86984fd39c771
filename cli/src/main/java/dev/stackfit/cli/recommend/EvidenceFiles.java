package dev.stackfit.cli.recommend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.evidence.Evidence;
import dev.stackfit.core.evidence.MeasuredCandidate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PoC lab result JSON (contract section 5, {@code stackfit lab run --json}) as evidence.
 */
final class EvidenceFiles {
  private EvidenceFiles() {}

  static Evidence read(Path file) {
    String name = file.toString();
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InvalidInputException(new Problem(name, 0, 0, "", "file not found"));
    } catch (IOException e) {
      throw new InvalidInputException(
          new Problem(
              name,
              0,
              0,
              "",
              "is not a lab result JSON: " + e.getMessage().lines().findFirst().orElse("")));
    }
    JsonNode candidates = root.path("candidates");
    if (!candidates.isArray() || candidates.isEmpty()) {
      throw new InvalidInputException(
          new Problem(name, 0, 0, "candidates", "a lab result needs a non-empty candidates array"));
    }
    List<MeasuredCandidate> measured = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      JsonNode c = candidates.get(i);
      String framework = c.path("framework").asText("");
      if (framework.isEmpty()) {
        problems.add(new Problem(name, 0, 0, "candidates[" + i + "].framework", "is missing"));
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
    return new Evidence(file.getFileName().toString(), root.path("date").asText(""), measured);
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
