package dev.stackfit.lab.file;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.profile.Traffic;
import dev.stackfit.formats.document.Document;
import dev.stackfit.formats.document.DocumentParser;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.Problems;
import dev.stackfit.formats.document.ValueReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a lab file (YAML or JSON, schema {@code dev/stackfit/lab/lab.schema.json}), reporting every
 * problem at once with its line, column and field path.
 */
public final class LabFileReader {
  /** The lab file format version this reader understands. */
  public static final int FORMAT_VERSION = 1;

  private final Function<Path, Traffic> profiles;

  /**
   * @param profiles reads the traffic section of a profile file named by {@code targets.profile};
   *     it may throw {@link InvalidInputException}, whose problems are passed on
   */
  public LabFileReader(Function<Path, Traffic> profiles) {
    this.profiles = profiles;
  }

  /** Reads and validates {@code file}; relative paths inside it are taken from its directory. */
  public LabFile read(Path file) {
    Document document = DocumentParser.read(file);
    Problems problems = new Problems(document);
    MappingReader root = MappingReader.root(document, problems).orElse(null);
    if (root == null) {
      problems.throwIfAny();
    }
    Path base = file.toAbsolutePath().getParent();
    List<Problem> external = new ArrayList<>();
    checkVersion(root);
    String name = root.required("name").flatMap(ValueReader::asString).orElse("");
    String allowRemote = root.optional("allowRemote").flatMap(ValueReader::asString).orElse(null);
    Targets targets =
        root.required("targets")
            .flatMap(ValueReader::asMapping)
            .map(t -> targets(t, base, external))
            .orElse(null);
    LoadSteps load = root.mapping("load").map(LabFileReader::load).orElse(defaultLoad());
    int repetitions = root.integer("repetitions", 1, LabFile.MAX_REPETITIONS, 1);
    int maxRepetitions = maxRepetitions(root, repetitions);
    int startups = root.integer("startups", 1, LabFile.MAX_REPETITIONS, LabFile.DEFAULT_STARTUPS);
    CandidateSection section = new CandidateSection(base, allowRemote);
    List<ScenarioRequest> scenario = section.scenario(root);
    List<Candidate> candidates = section.candidates(root);
    root.rejectUnknownKeys();
    List<Problem> all = new ArrayList<>(problems.list());
    all.addAll(external);
    if (!all.isEmpty() || targets == null || load == null) {
      throw new InvalidInputException(all);
    }
    return new LabFile(
        file,
        name,
        candidates,
        scenario,
        targets,
        load,
        repetitions,
        allowRemote,
        startups,
        maxRepetitions);
  }

  private static int maxRepetitions(MappingReader root, int repetitions) {
    int fallback = LabFile.defaultMaxRepetitions(repetitions);
    int max = root.integer("maxRepetitions", 1, LabFile.MAX_REPETITIONS, fallback);
    if (max < repetitions) {
      root.optional("maxRepetitions")
          .ifPresent(
              v ->
                  v.report(
                      max
                          + " is below repetitions ("
                          + repetitions
                          + "); give at least as many, or leave it out"));
      return repetitions;
    }
    return max;
  }

  private static void checkVersion(MappingReader root) {
    root.required("stackfit")
        .ifPresent(
            v ->
                v.asLong(Long.MIN_VALUE, Long.MAX_VALUE)
                    .filter(n -> n != FORMAT_VERSION)
                    .ifPresent(
                        n ->
                            v.report(
                                "lab file format version "
                                    + n
                                    + " is not supported; this stackfit reads version "
                                    + FORMAT_VERSION)));
  }

  private Targets targets(MappingReader t, Path base, List<Problem> external) {
    Optional<ValueReader> profile = t.optional("profile");
    if (profile.isPresent()) {
      if (t.has("rps") || t.has("p99Ms")) {
        profile.get().report("give either profile or rps and p99Ms, not both");
      }
      t.expect("rps", "p99Ms");
      t.rejectUnknownKeys();
      return profile
          .get()
          .asString()
          .map(p -> fromProfile(profile.get(), base.resolve(p), external))
          .orElse(null);
    }
    Optional<Double> rps = t.required("rps").flatMap(v -> v.asNumber(1, 10_000_000));
    Optional<Double> p99 = t.required("p99Ms").flatMap(v -> v.asNumber(0.001, 3_600_000));
    t.rejectUnknownKeys();
    if (rps.isEmpty() || p99.isEmpty()) {
      return null;
    }
    return new Targets(rps.get(), p99.get(), "lab file");
  }

  private Targets fromProfile(ValueReader at, Path file, List<Problem> external) {
    try {
      Traffic traffic = profiles.apply(file);
      if (traffic.designPeakRps() < 1) {
        at.report("the profile's peakRpsIn3Years is 0; give rps and p99Ms instead");
        return null;
      }
      return new Targets(
          traffic.designPeakRps(), traffic.p99LatencyMs(), "profile " + file.getFileName());
    } catch (InvalidInputException e) {
      at.report("the profile " + file + " cannot be used; its problems follow");
      external.addAll(e.problems());
      return null;
    }
  }

  private static LoadSteps load(MappingReader m) {
    Duration warmup = Durations.read(m, "warmup", Duration.ofSeconds(5), Duration.ZERO);
    Duration step =
        Durations.read(m, "stepDuration", Duration.ofSeconds(10), Duration.ofMillis(200));
    int steps = m.integer("steps", 1, 50, 5);
    double upTo = m.number("upTo", 1, 100, 2);
    Duration timeout = Durations.read(m, "timeout", Duration.ofSeconds(5), Duration.ofMillis(1));
    double maxErrorRate = m.number("maxErrorRate", 0, 1, 0.01);
    m.rejectUnknownKeys();
    if (warmup == null || step == null || timeout == null) {
      return null;
    }
    return new LoadSteps(warmup, step, steps, upTo, timeout, maxErrorRate);
  }

  private static LoadSteps defaultLoad() {
    return new LoadSteps(
        Duration.ofSeconds(5), Duration.ofSeconds(10), 5, 2, Duration.ofSeconds(5), 0.01);
  }
}
