package dev.stackfit.lab.compare;

import dev.stackfit.formats.document.Document;
import dev.stackfit.formats.document.DocumentParser;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.Problems;
import dev.stackfit.formats.document.ValueReader;
import dev.stackfit.lab.run.Spread;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a lab result JSON ({@code stackfit lab run --json}) for {@code lab compare}, format 1 or 2.
 * Fields it does not use are left alone; a file without the lab result's own fields is reported
 * with its line and column.
 */
public final class LabRunReader {
  private static final double MAX = 1_000_000_000;

  private LabRunReader() {}

  /**
   * Reads {@code file}.
   *
   * @throws dev.stackfit.core.InvalidInputException when it is missing, unreadable or not a lab
   *     result
   */
  public static LabRun read(Path file) {
    Document document = DocumentParser.read(file);
    Problems problems = new Problems(document);
    Optional<MappingReader> root = MappingReader.root(document, problems);
    LabRun run = root.map(r -> run(r, file.toString())).orElse(null);
    problems.throwIfAny();
    return run;
  }

  private static LabRun run(MappingReader root, String source) {
    Optional<MappingReader> targets = root.required("targets").flatMap(ValueReader::asMapping);
    double targetRps = targets.map(t -> t.number("rps", 0, MAX, 0)).orElse(0.0);
    targets.ifPresent(t -> t.required("rps"));
    Optional<List<ValueReader>> items = root.required("candidates").flatMap(ValueReader::asItems);
    List<LabRun.Candidate> candidates = new ArrayList<>();
    items.orElse(List.of()).stream()
        .flatMap(v -> v.asMapping().stream())
        .forEach(c -> candidate(c, targetRps).ifPresent(candidates::add));
    Optional<MappingReader> provenance = root.mapping("provenance");
    return new LabRun(
        source,
        root.integer("format", 1, 1000, 1),
        root.required("name").flatMap(ValueReader::asString).orElse(""),
        root.string("started", ""),
        provenance.map(p -> p.string("labFileSha256", null)).orElse(null),
        provenance.map(p -> p.string("stackfitCommit", null)).orElse(null),
        targetRps,
        machine(root),
        candidates);
  }

  /** Format 2 records the machine as a mapping, format 1 as one line of text. */
  private static LabRun.Machine machine(MappingReader root) {
    Optional<ValueReader> value = root.optional("machine");
    Optional<MappingReader> m =
        value
            .filter(v -> v.node() instanceof dev.stackfit.formats.document.MappingNode)
            .flatMap(ValueReader::asMapping);
    if (m.isEmpty()) {
      String text = value.flatMap(ValueReader::asString).orElse("");
      return new LabRun.Machine(text, 0, "", Spread.NONE, Spread.NONE, Spread.NONE, -1, -1);
    }
    Optional<MappingReader> during = m.get().mapping("duringRun");
    return new LabRun.Machine(
        m.get().string("description", ""),
        m.get().integer("cores", 0, 100_000, 0),
        m.get().string("cpuModel", ""),
        during.map(d -> spread(d, "idleShare")).orElse(Spread.NONE),
        during.map(d -> spread(d, "stealShare")).orElse(Spread.NONE),
        during.map(d -> spread(d, "loadAverage")).orElse(Spread.NONE),
        during.map(d -> d.integer("steps", 0, Integer.MAX_VALUE, -1)).orElse(-1),
        during.map(d -> d.integer("machineBoundSteps", 0, Integer.MAX_VALUE, -1)).orElse(-1));
  }

  private static Spread spread(MappingReader parent, String key) {
    return parent
        .mapping(key)
        .map(
            s ->
                new Spread(
                    s.integer("count", 0, Integer.MAX_VALUE, 0),
                    s.number("min", -MAX, MAX, 0),
                    s.number("median", -MAX, MAX, 0),
                    s.number("max", -MAX, MAX, 0)))
        .orElse(Spread.NONE);
  }

  private static Optional<LabRun.Candidate> candidate(MappingReader c, double targetRps) {
    Optional<String> name = c.required("name").flatMap(ValueReader::asString);
    String framework = c.string("framework", "");
    String verdict = c.string("verdict", "");
    String quality = c.string("quality", "clean");
    List<Repetition> reps = repetitions(c, targetRps);
    List<Double> perRepetition = numbers(c, "sustainedPerRepetition");
    Spread sustained =
        Spread.of(
            perRepetition.isEmpty()
                ? List.of(c.number("maxSustainableRps", 0, MAX, 0))
                : perRepetition);
    List<Double> samples = c.mapping("startup").map(s -> numbers(s, "samplesMs")).orElse(List.of());
    Spread startups =
        samples.isEmpty() && c.has("startupMs")
            ? Spread.of(List.of(c.number("startupMs", 0, MAX, 0)))
            : Spread.of(samples);
    return name.map(
        n ->
            new LabRun.Candidate(
                n,
                framework,
                verdict,
                quality,
                sustained,
                startups,
                Spread.of(reps.stream().map(Repetition::p99).filter(v -> v >= 0).toList()),
                Spread.of(reps.stream().map(Repetition::cpuPer1000).filter(v -> v >= 0).toList()),
                Spread.of(reps.stream().map(Repetition::idleRssMb).toList()),
                Spread.of(reps.stream().map(Repetition::peakRssMb).toList())));
  }

  /** One repetition's figures; -1 where it has none. */
  private record Repetition(double p99, double cpuPer1000, double idleRssMb, double peakRssMb) {}

  /**
   * Format 2 lists every repetition; format 1 only the reported one, whose figures then stand for
   * the run.
   */
  private static List<Repetition> repetitions(MappingReader c, double targetRps) {
    List<MappingReader> each =
        c.optional("repetitions").flatMap(ValueReader::asItems).orElse(List.of()).stream()
            .flatMap(v -> v.asMapping().stream())
            .toList();
    List<MappingReader> sources = each.isEmpty() ? List.of(c) : each;
    List<Repetition> reps = new ArrayList<>();
    for (MappingReader r : sources) {
      Optional<MappingReader> step = stepAt(r, targetRps);
      reps.add(
          new Repetition(
              step.flatMap(s -> s.mapping("latencyMs"))
                  .map(l -> l.number("p99", 0, MAX, -1))
                  .orElse(-1.0),
              step.map(LabRunReader::cpuPer1000).orElse(-1.0),
              r.number("idleRssMb", 0, MAX, 0),
              r.number("peakRssMb", 0, MAX, 0)));
    }
    return reps;
  }

  private static Optional<MappingReader> stepAt(MappingReader r, double targetRps) {
    return r.optional("steps").flatMap(ValueReader::asItems).orElse(List.of()).stream()
        .flatMap(v -> v.asMapping().stream())
        .filter(s -> Math.abs(s.number("rate", 0, MAX, -1) - targetRps) < 0.01)
        .findFirst();
  }

  /** Format 2 records the cost; for format 1 it follows from the step's CPU and requests. */
  private static double cpuPer1000(MappingReader step) {
    if (step.has("cpuPer1000Requests")) {
      return step.number("cpuPer1000Requests", 0, MAX, -1);
    }
    double answered = step.number("requests", 0, MAX, 0) - step.number("errors", 0, MAX, 0);
    double cpu = step.number("cpuSeconds", 0, MAX, -1);
    return answered <= 0 || cpu < 0 ? -1 : cpu / answered * 1000;
  }

  private static List<Double> numbers(MappingReader m, String key) {
    return m.list(key, v -> v.asNumber(0, MAX));
  }
}
