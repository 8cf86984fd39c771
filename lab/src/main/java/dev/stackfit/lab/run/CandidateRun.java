package dev.stackfit.lab.run;

import dev.stackfit.core.StackfitException;
import dev.stackfit.lab.file.Candidate;
import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.file.Targets;
import dev.stackfit.lab.load.LoadListener;
import dev.stackfit.lab.load.LoadProgress;
import dev.stackfit.lab.machine.CpuSplit;
import dev.stackfit.lab.process.Endpoints;
import dev.stackfit.lab.process.ProcessGroup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One repetition of one candidate: start it (several times in the first repetition, to time
 * start-up), wait for health, measure idle memory, warm up, climb the staircase while watching the
 * machine, stop, and check that nothing is left behind.
 */
final class CandidateRun {
  /** Pause after the first healthy answer so that idle memory is read once start-up settles. */
  static final Duration SETTLE = Duration.ofMillis(300);

  static final Duration PORT_RELEASE = Duration.ofSeconds(3);

  private static final double TICK_SECONDS = 5;

  private final LabFile lab;
  private final Candidate candidate;
  private final CpuSplit split;
  private final Consumer<String> progress;
  private final Starter starter;

  CandidateRun(LabFile lab, Candidate candidate, CpuSplit split, Consumer<String> progress) {
    this.lab = lab;
    this.candidate = candidate;
    this.split = split;
    this.progress = progress;
    this.starter = new Starter(candidate, split);
  }

  /**
   * Runs one repetition.
   *
   * @param startups how many times to start the candidate; only the last start is loaded, the
   *     others are timed and stopped
   */
  Measurement run(Path log, int startups) {
    if (Endpoints.answers(candidate.host(), candidate.port())) {
      say("failed: " + portInUse());
      return new Measurement(-1, 0, List.of(), false, false, portInUse(), log);
    }
    List<Double> samples = new ArrayList<>();
    try {
      for (int i = 1; i < startups; i++) {
        samples.add(starter.timeStartup(log));
        say(
            String.format(
                Locale.ROOT,
                "start-up %d of %d: healthy after %.0f ms, stopped",
                i,
                startups,
                samples.get(samples.size() - 1)));
      }
    } catch (CandidateFailure e) {
      say("failed: " + e.getMessage());
      boolean freed = !Endpoints.answers(candidate.host(), candidate.port());
      return new Measurement(-1, 0, List.of(), false, freed, e.getMessage(), log, samples);
    }
    return loaded(log, samples);
  }

  private Measurement loaded(Path log, List<Double> samples) {
    say("starting: " + String.join(" ", starter.argv()) + "  (output: " + log + ")");
    Starter.Launched launched = starter.launch(log);
    ProcessGroup group = launched.group();
    List<StepResult> steps = new ArrayList<>();
    double startupMs = -1;
    double idleRssMb = 0;
    String failure = null;
    Measurement result;
    try {
      startupMs = starter.awaitHealthy(launched);
      samples.add(startupMs);
      pause(SETTLE);
      idleRssMb = group.sample().rssMb();
      say(
          String.format(
              Locale.ROOT, "healthy after %.0f ms; idle RSS %.1f MiB", startupMs, idleRssMb));
      failure = climb(group, steps);
    } catch (CandidateFailure e) {
      failure = e.getMessage();
    } catch (StackfitException e) {
      failure = "the lab could not load it: " + e.getMessage();
    } finally {
      result = stop(group, failure, steps, startupMs, idleRssMb, log, samples);
    }
    return result;
  }

  private Measurement stop(
      ProcessGroup group,
      String failure,
      List<StepResult> steps,
      double startupMs,
      double idleRssMb,
      Path log,
      List<Double> samples) {
    ProcessGroup.StopResult stopped = group.stop(candidate.stopSignal(), candidate.stopGrace());
    boolean freed = Endpoints.freedWithin(candidate.host(), candidate.port(), PORT_RELEASE);
    String problem = failure;
    if (!stopped.survivors().isEmpty()) {
      problem = join(problem, "processes " + stopped.survivors() + " survived SIGKILL");
    } else if (!freed) {
      problem = join(problem, "port " + candidate.port() + " still answers after the stop");
    }
    say(
        "stopped"
            + (stopped.forced()
                ? " with SIGKILL after "
                    + candidate.stopGrace().toMillis()
                    + " ms (SIG"
                    + candidate.stopSignal()
                    + " was not enough)"
                : " cleanly")
            + (freed ? "; port " + candidate.port() + " is free" : ""));
    return new Measurement(
        startupMs, idleRssMb, steps, stopped.forced(), freed, problem, log, samples);
  }

  /** Runs warm-up and the staircase; returns a failure message or null. */
  private String climb(ProcessGroup group, List<StepResult> steps) {
    Targets targets = lab.targets();
    List<Double> rates = lab.load().ratesPerSec(targets.rps());
    ScenarioLoad load = new ScenarioLoad(candidate, lab.scenario(), lab.load());
    warmUp(load, rates.get(0));
    try (TreeSampler sampler = new TreeSampler(group)) {
      sampler.takePeakRssMb();
      for (int i = 0; i < rates.size(); i++) {
        double rate = rates.get(i);
        String label = "step " + (i + 1) + "/" + rates.size() + " at " + Format.rate(rate) + " rps";
        StepMeter meter = StepMeter.begin(group, split);
        ScenarioLoad.Outcome outcome = load.run(rate, lab.load().stepDuration(), ticker(label));
        StepMeter.Reading reading = meter.end(outcome.scheduleLagMicros());
        StepResult step = StepJudge.judge(lab, rate, outcome, reading, sampler.takePeakRssMb());
        steps.add(step);
        say(String.format(Locale.ROOT, "step %d/%d %s", i + 1, rates.size(), Format.step(step)));
        if (!group.alive()) {
          return crashed(group, rate);
        }
        if (!step.sustained() && rate >= targets.rps()) {
          break;
        }
      }
    }
    return null;
  }

  private void warmUp(ScenarioLoad load, double ratePerSec) {
    Duration warmup = lab.load().warmup();
    if (!warmup.isZero()) {
      say(
          String.format(
              Locale.ROOT, "warm-up %s at %s rps", seconds(warmup), Format.rate(ratePerSec)));
      load.run(ratePerSec, warmup, ticker("warm-up"));
    }
  }

  private static String crashed(ProcessGroup group, double ratePerSec) {
    return "crashed (exit code "
        + group.exitCode()
        + ") during the step at "
        + Format.rate(ratePerSec)
        + " rps"
        + Starter.lastLines(group);
  }

  /** Says how a long period of load is going, every few seconds, so a long lab shows life. */
  private LoadListener ticker(String label) {
    String kind = lab.scenario().get(0).label();
    return new LoadListener() {
      private double lastSaid;

      @Override
      public void onProgress(LoadProgress p) {
        if (p.elapsedSeconds() - lastSaid >= TICK_SECONDS) {
          lastSaid = p.elapsedSeconds();
          say(
              String.format(
                  Locale.ROOT,
                  "%s: %.0f s in, %s p99 %s ms over the last second",
                  label,
                  p.elapsedSeconds(),
                  kind,
                  Format.ms(p.intervalP99Ms())));
        }
      }
    };
  }

  private String portInUse() {
    return "port "
        + candidate.port()
        + " on "
        + candidate.host()
        + " is already in use before the start; stop whatever listens there or change the port";
  }

  private static String join(String first, String second) {
    return first == null ? second : first + "; " + second;
  }

  private static String seconds(Duration d) {
    return Format.number(d.toMillis() / 1000.0) + " s";
  }

  static void pause(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CandidateFailure("interrupted");
    }
  }

  private void say(String text) {
    progress.accept("[" + candidate.name() + "] " + text);
  }
}
