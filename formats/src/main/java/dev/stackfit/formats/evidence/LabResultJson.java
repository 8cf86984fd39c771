package dev.stackfit.formats.evidence;

import dev.stackfit.core.evidence.Evidence;
import dev.stackfit.core.evidence.MeasuredCandidate;
import dev.stackfit.formats.document.Document;
import dev.stackfit.formats.document.DocumentParser;
import dev.stackfit.formats.document.MappingNode;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.Problems;
import dev.stackfit.formats.document.ValueReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a PoC lab result (contract section 5, {@code stackfit lab run --json}) as the engine's
 * measured evidence; used by {@code recommend --evidence} and by the web app's attachment. Only the
 * fields the engine uses are read; the others are left alone, so results from newer lab versions
 * still load.
 */
public final class LabResultJson {
  // Far above anything measured (rps, ms, MiB), low enough to read in a message.
  private static final double MAX = 1_000_000_000;

  private LabResultJson() {}

  /**
   * Parses {@code text}; every problem names {@code sourceName}, the line and column, and the
   * field.
   *
   * @param sourceName how reasons and messages refer to the result (a file name)
   * @throws dev.stackfit.core.InvalidInputException listing every problem found
   */
  public static Evidence read(String text, String sourceName) {
    Document document = DocumentParser.parse(text, sourceName);
    Problems problems = new Problems(document);
    List<MeasuredCandidate> measured = new ArrayList<>();
    String date = "";
    Optional<MappingReader> root = MappingReader.root(document, problems);
    if (root.isPresent()) {
      date = root.get().string("date", "");
      Optional<ValueReader> candidates = root.get().required("candidates");
      Optional<List<ValueReader>> items = candidates.flatMap(ValueReader::asItems);
      if (items.isPresent() && items.get().isEmpty()) {
        candidates.get().report("a lab result needs at least one candidate");
      }
      items.orElse(List.of()).stream()
          .flatMap(item -> item.asMapping().flatMap(LabResultJson::candidate).stream())
          .forEach(measured::add);
    }
    problems.throwIfAny();
    return new Evidence(sourceName, date, measured);
  }

  private static Optional<MeasuredCandidate> candidate(MappingReader c) {
    Optional<String> framework =
        c.required("framework")
            .flatMap(ValueReader::asString)
            .filter(
                id -> {
                  if (id.isBlank()) {
                    c.problems().add(c.node(), c.childPath("framework"), "is empty");
                  }
                  return !id.isBlank();
                });
    String name = c.string("name", framework.orElse(""));
    double maxRps = c.number("maxSustainableRps", 0, MAX, 0);
    double startupMs = c.number("startupMs", 0, MAX, 0);
    double peakRssMb = c.number("peakRssMb", 0, MAX, 0);
    Optional<MappingReader> atTarget = c.optional("atTarget").flatMap(ValueReader::asMapping);
    double p99 =
        atTarget
            .flatMap(t -> t.optional("latencyMs"))
            .flatMap(ValueReader::asMapping)
            .map(latency -> latency.number("p99", 0, MAX, -1))
            .orElse(-1.0);
    double errorRate = atTarget.map(LabResultJson::errorRate).orElse(0.0);
    return framework.map(
        id -> new MeasuredCandidate(id, name, maxRps, p99, startupMs, peakRssMb, errorRate));
  }

  /** Failed requests over all requests at the target; errors are a count or counts by kind. */
  private static double errorRate(MappingReader atTarget) {
    double requests = atTarget.number("requests", 0, MAX, 0);
    double failed = 0;
    Optional<ValueReader> errors = atTarget.optional("errors");
    if (errors.isPresent()) {
      if (errors.get().node() instanceof MappingNode) {
        for (Map.Entry<String, ValueReader> kind :
            errors.get().asMapping().orElseThrow().entries()) {
          failed += kind.getValue().asNumber(0, MAX).orElse(0.0);
        }
      } else {
        failed = errors.get().asNumber(0, MAX).orElse(0.0);
      }
    }
    return requests > 0 ? failed / requests : 0;
  }
}
