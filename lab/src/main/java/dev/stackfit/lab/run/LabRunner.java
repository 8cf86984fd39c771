package dev.stackfit.lab.run;

import dev.stackfit.core.BadInputException;
import dev.stackfit.core.InfrastructureException;
import dev.stackfit.lab.file.Candidate;
import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.process.Endpoints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a lab: every candidate in turn, each repetition interleaved across candidates so slow drift
 * of the machine does not favour one of them. Blocks the calling thread; progress lines go to the
 * given consumer as they happen.
 */
public final class LabRunner {
  private final Clock clock;
  private final Path logDirectory;
  private final Consumer<String> progress;

  /**
   * @param logDirectory where each candidate's output is written ({@code NAME-N.log})
   * @param progress receives one line per event, from the calling thread
   */
  public LabRunner(Clock clock, Path logDirectory, Consumer<String> progress) {
    this.clock = clock;
    this.logDirectory = logDirectory;
    this.progress = progress;
  }

  /** Runs the lab; throws {@link BadInputException} when a port is taken before anything starts. */
  public LabResult run(LabFile lab) {
    checkPortsFree(lab);
    Instant started = clock.instant();
    progress.accept(
        String.format(
            Locale.ROOT,
            "lab %s: %d candidate(s), steps %s rps, %s each;" + " target %s",
            lab.name(),
            lab.candidates().size(),
            lab.load().ratesPerSec(lab.targets().rps()).stream().map(Format::rate).toList(),
            Format.number(lab.load().stepDuration().toMillis() / 1000.0) + " s",
            Verdicts.targetName(lab.targets())));
    Map<Candidate, List<Measurement>> runs = new LinkedHashMap<>();
    lab.candidates().forEach(c -> runs.put(c, new ArrayList<>()));
    for (int rep = 1; rep <= lab.repetitions(); rep++) {
      for (Candidate candidate : lab.candidates()) {
        if (lab.repetitions() > 1) {
          progress.accept(
              "[" + candidate.name() + "] repetition " + rep + " of " + lab.repetitions());
        }
        runs.get(candidate)
            .add(new CandidateRun(lab, candidate, progress).run(log(candidate, rep)));
      }
    }
    List<CandidateResult> results = new ArrayList<>();
    runs.forEach((candidate, measurements) -> results.add(summarise(lab, candidate, measurements)));
    results.forEach(r -> progress.accept("[" + r.candidate().name() + "] " + r.verdict()));
    return new LabResult(lab, started, machine(), results);
  }

  private static void checkPortsFree(LabFile lab) {
    for (Candidate c : lab.candidates()) {
      if (Endpoints.answers(c.host(), c.port())) {
        throw new BadInputException(
            "port "
                + c.port()
                + " of candidate "
                + c.name()
                + " is already in use; stop whatever listens there or change the port in "
                + lab.source());
      }
    }
  }

  static CandidateResult summarise(LabFile lab, Candidate candidate, List<Measurement> runs) {
    Measurement representative =
        runs.stream().filter(m -> m.failure() != null).findFirst().orElseGet(() -> median(runs));
    StepResult atTarget =
        representative.steps().stream()
            .filter(s -> Math.abs(s.targetRps() - lab.targets().rps()) < 0.01)
            .findFirst()
            .orElse(null);
    return new CandidateResult(
        candidate,
        representative,
        runs.stream().map(Measurement::maxSustainableRps).toList(),
        atTarget,
        Verdicts.of(representative, lab.targets()));
  }

  /** The lower median by sustained rate: with two repetitions, the worse one counts. */
  private static Measurement median(List<Measurement> runs) {
    List<Measurement> sorted =
        runs.stream().sorted(Comparator.comparingDouble(Measurement::maxSustainableRps)).toList();
    return sorted.get((sorted.size() - 1) / 2);
  }

  private Path log(Candidate candidate, int repetition) {
    try {
      Files.createDirectories(logDirectory);
      Files.deleteIfExists(logDirectory.resolve(candidate.name() + "-" + repetition + ".log"));
    } catch (IOException e) {
      throw new InfrastructureException("cannot create " + logDirectory + ": " + e.getMessage(), e);
    }
    return logDirectory.resolve(candidate.name() + "-" + repetition + ".log");
  }

  private static String machine() {
    return Runtime.getRuntime().availableProcessors()
        + " cores, "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.version")
        + ", Java "
        + Runtime.version().feature();
  }
}
