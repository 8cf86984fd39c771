package dev.stackfit.lab.run;

import dev.stackfit.core.BadInputException;
import dev.stackfit.core.InfrastructureException;
import dev.stackfit.core.evidence.EvidenceQuality;
import dev.stackfit.lab.file.Candidate;
import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.machine.CpuSplit;
import dev.stackfit.lab.machine.MachineInfo;
import dev.stackfit.lab.process.Endpoints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a lab: prepares every candidate, then runs every candidate in turn, each repetition
 * interleaved across candidates so slow drift of the machine does not favour one of them, and extra
 * repetitions for candidates whose repetitions disagree. Blocks the calling thread; progress lines
 * go to the given consumer as they happen.
 */
public final class LabRunner {
  private final Clock clock;
  private final Path logDirectory;
  private final Consumer<String> progress;
  private final CpuSplit split;

  /**
   * @param logDirectory where each candidate's output is written ({@code NAME-N.log}, {@code
   *     NAME-prepare.log})
   * @param progress receives one line per event, from the calling thread
   */
  public LabRunner(Clock clock, Path logDirectory, Consumer<String> progress) {
    this(clock, logDirectory, progress, CpuSplit.detect());
  }

  LabRunner(Clock clock, Path logDirectory, Consumer<String> progress, CpuSplit split) {
    this.clock = clock;
    this.logDirectory = logDirectory;
    this.progress = progress;
    this.split = split;
  }

  /** Runs the lab; throws {@link BadInputException} when a port is taken before anything starts. */
  public LabResult run(LabFile lab) {
    checkPortsFree(lab);
    Instant started = clock.instant();
    Provenance provenance = Provenance.of(lab.source());
    MachineInfo machine = MachineInfo.detect();
    announce(lab, machine);
    createLogDirectory();
    Map<Candidate, Preparation> prepared = new LinkedHashMap<>();
    Preparer preparer = new Preparer(logDirectory, progress);
    lab.candidates().forEach(c -> prepared.put(c, preparer.prepare(c)));
    Map<Candidate, List<Measurement>> runs = new LinkedHashMap<>();
    lab.candidates().forEach(c -> runs.put(c, new ArrayList<>()));
    try (CpuSplit.Pinning pinning = split.pinThisProcess()) {
      for (int rep = 1; rep <= lab.repetitions(); rep++) {
        for (Candidate candidate : lab.candidates()) {
          runs.get(candidate).add(repetition(lab, candidate, prepared.get(candidate), rep));
        }
      }
      runExtraRepetitions(lab, prepared, runs);
    }
    List<CandidateResult> results = new ArrayList<>();
    runs.forEach(
        (c, measurements) -> results.add(summarise(lab, c, prepared.get(c), measurements)));
    results.forEach(r -> progress.accept("[" + r.candidate().name() + "] " + r.verdict()));
    Duration took = Duration.between(started, clock.instant());
    return new LabResult(lab, started, took, machine, split, provenance, results);
  }

  private void announce(LabFile lab, MachineInfo machine) {
    progress.accept(
        String.format(
            Locale.ROOT,
            "lab %s: %d candidate(s), steps %s rps, %s each; against %s",
            lab.name(),
            lab.candidates().size(),
            lab.load().ratesPerSec(lab.targets().rps()).stream().map(Format::rate).toList(),
            Format.number(lab.load().stepDuration().toMillis() / 1000.0) + " s",
            Verdicts.targetName(lab.targets())));
    progress.accept(
        "machine: " + machine.description() + ", " + machine.cpuModel() + "; " + split.note());
  }

  /** Runs more repetitions of the candidates whose repetitions disagree, up to the lab's limit. */
  private void runExtraRepetitions(
      LabFile lab, Map<Candidate, Preparation> prepared, Map<Candidate, List<Measurement>> runs) {
    List<Double> rates = lab.load().ratesPerSec(lab.targets().rps());
    while (true) {
      List<Candidate> more = new ArrayList<>();
      for (Candidate c : lab.candidates()) {
        List<Measurement> done = runs.get(c);
        List<Double> sustained = done.stream().map(Measurement::maxSustainableRps).toList();
        boolean failed = done.stream().anyMatch(m -> m.failure() != null);
        Agreement agreement = RepetitionRule.judge(sustained, rates, lab.repetitions());
        if (!failed && RepetitionRule.wantsMore(agreement, done.size(), lab.maxRepetitions())) {
          progress.accept(
              "["
                  + c.name()
                  + "] repetitions disagree (held "
                  + Verdicts.rates(sustained)
                  + " rps): one more, "
                  + (done.size() + 1)
                  + " of at most "
                  + lab.maxRepetitions());
          more.add(c);
        }
      }
      if (more.isEmpty()) {
        return;
      }
      for (Candidate c : more) {
        runs.get(c).add(repetition(lab, c, prepared.get(c), runs.get(c).size() + 1));
      }
    }
  }

  private Measurement repetition(LabFile lab, Candidate candidate, Preparation prep, int rep) {
    Path log = log(candidate, rep);
    if (prep.failure() != null) {
      return new Measurement(-1, 0, List.of(), false, true, prep.failure(), prep.log());
    }
    if (rep > lab.repetitions()) {
      progress.accept(
          "["
              + candidate.name()
              + "] repetition "
              + rep
              + " (extra, at most "
              + lab.maxRepetitions()
              + ")");
    } else if (lab.repetitions() > 1) {
      progress.accept("[" + candidate.name() + "] repetition " + rep + " of " + lab.repetitions());
    }
    int startups = rep == 1 ? lab.startups() : 1;
    return new CandidateRun(lab, candidate, split, progress).run(log, startups);
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
    return summarise(lab, candidate, Preparation.NONE, runs);
  }

  static CandidateResult summarise(
      LabFile lab, Candidate candidate, Preparation preparation, List<Measurement> runs) {
    List<Double> sustained = runs.stream().map(Measurement::maxSustainableRps).toList();
    Agreement agreement =
        RepetitionRule.judge(
            sustained, lab.load().ratesPerSec(lab.targets().rps()), lab.repetitions());
    Measurement representative =
        runs.stream().filter(m -> m.failure() != null).findFirst().orElseGet(() -> median(runs));
    StepResult atTarget = representative.stepAt(lab.targets().rps()).orElse(null);
    String verdict = Verdicts.of(representative, lab.targets());
    EvidenceQuality quality = EvidenceQuality.CLEAN;
    String note = "";
    if (representative.failure() == null && !agreement.agreed()) {
      verdict = Verdicts.uncertain(sustained, agreement, verdict);
      quality = EvidenceQuality.UNCERTAIN;
      note = "repetitions held " + Verdicts.rates(sustained) + " rps, more than one step apart";
    } else if (representative.failure() == null) {
      verdict += Verdicts.outliers(sustained, agreement);
      if (representative.limitMachineBound()) {
        StepResult limit = representative.limitingStep().orElseThrow();
        quality = EvidenceQuality.MACHINE_BOUND;
        note =
            "the step at "
                + Format.rate(limit.targetRps())
                + " rps: "
                + String.join("; ", limit.machineBound());
      }
    }
    return new CandidateResult(
        candidate, preparation, runs, agreement, representative, atTarget, verdict, quality, note);
  }

  /** The lower median by sustained rate: with two repetitions, the worse one counts. */
  private static Measurement median(List<Measurement> runs) {
    List<Measurement> sorted =
        runs.stream().sorted(Comparator.comparingDouble(Measurement::maxSustainableRps)).toList();
    return sorted.get((sorted.size() - 1) / 2);
  }

  private void createLogDirectory() {
    try {
      Files.createDirectories(logDirectory);
    } catch (IOException e) {
      throw new InfrastructureException("cannot create " + logDirectory + ": " + e.getMessage(), e);
    }
  }

  private Path log(Candidate candidate, int repetition) {
    Path log = logDirectory.resolve(candidate.name() + "-" + repetition + ".log");
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      throw new InfrastructureException("cannot replace " + log + ": " + e.getMessage(), e);
    }
    return log;
  }
}
