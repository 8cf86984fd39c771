package dev.stackfit.formats.evidence;

import dev.stackfit.core.evidence.Evidence;
import dev.stackfit.core.evidence.EvidenceQuality;
import dev.stackfit.core.evidence.MeasuredCandidate;
import dev.stackfit.formats.document.Document;
import dev.stackfit.formats.document.DocumentParser;
import dev.stackfit.formats.document.MappingNode;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.Problems;
import dev.stackfit.formats.document.ValueReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads a PoC lab result (docs/contracts/lab-json.md, {@code stackfit lab run --json}) as the
 * engine's measured evidence; used by {@code recommend --evidence} and by the web app's attachment.
 * Only the fields the engine uses are read; the others are left alone, so results from newer lab
 * versions still load. A candidate's {@code quality} (clean, machine-bound or uncertain; clean when
 * absent, as in results of format 1) travels with its figures, so the engine can name and discount
 * them.
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
    return read(DocumentParser.parse(text, sourceName), sourceName, id -> true);
  }

  /**
   * Parses {@code text}, also requiring every candidate's framework to satisfy {@code known} (the
   * catalog's ids): a measurement of a framework the catalog lacks would silently count for
   * nothing.
   */
  public static Evidence read(String text, String sourceName, Predicate<String> known) {
    return read(DocumentParser.parse(text, sourceName), sourceName, known);
  }

  /**
   * Reads a lab result file; problems name the file as given, reasons cite its file name.
   *
   * @param known which framework ids the catalog has
   */
  public static Evidence read(Path file, Predicate<String> known) {
    return read(DocumentParser.read(file), file.getFileName().toString(), known);
  }

  private static Evidence read(Document document, String sourceName, Predicate<String> known) {
    Problems problems = new Problems(document);
    List<MeasuredCandidate> measured = new ArrayList<>();
    Optional<LocalDate> date = Optional.empty();
    Optional<MappingReader> root = MappingReader.root(document, problems);
    if (root.isPresent()) {
      date = root.get().optional("date").flatMap(ValueReader::asDate);
      Optional<ValueReader> candidates = root.get().required("candidates");
      Optional<List<ValueReader>> items = candidates.flatMap(ValueReader::asItems);
      if (items.isPresent() && items.get().isEmpty()) {
        candidates.get().report("a lab result needs at least one candidate");
      }
      items.orElse(List.of()).stream()
          .flatMap(item -> item.asMapping().flatMap(c -> candidate(c, known)).stream())
          .forEach(measured::add);
    }
    problems.throwIfAny();
    return new Evidence(sourceName, date, measured);
  }

  private static Optional<MeasuredCandidate> candidate(MappingReader c, Predicate<String> known) {
    Optional<ValueReader> frameworkValue = c.required("framework");
    Optional<String> framework =
        frameworkValue
            .flatMap(ValueReader::asString)
            .filter(
                id -> {
                  if (id.isBlank()) {
                    c.problems().add(c.node(), c.childPath("framework"), "is empty");
                    return false;
                  }
                  if (!known.test(id)) {
                    frameworkValue
                        .get()
                        .report(
                            "\""
                                + id
                                + "\" is not a framework of this catalog, so its measurements"
                                + " would count for nothing (see stackfit catalog list)");
                    return false;
                  }
                  return true;
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
    // Results written before the lab judged its figures (format 1) have no quality: clean.
    EvidenceQuality quality =
        c.optional("quality")
            .flatMap(v -> v.asId(EvidenceQuality.class))
            .orElse(EvidenceQuality.CLEAN);
    String note = c.string("qualityNote", "");
    return framework.map(
        id ->
            new MeasuredCandidate(
                id, name, maxRps, p99, startupMs, peakRssMb, errorRate, quality, note));
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
