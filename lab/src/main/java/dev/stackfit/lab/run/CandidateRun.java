package dev.stackfit.lab.run;

import dev.stackfit.core.StackfitException;
import dev.stackfit.lab.file.Candidate;
import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.file.Targets;
import dev.stackfit.lab.load.LoadListener;
import dev.stackfit.lab.load.LoadProgress;
import dev.stackfit.lab.load.LoadResult.Percentiles;
import dev.stackfit.lab.process.Endpoints;
import dev.stackfit.lab.process.ProcessGroup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One repetition of one candidate: start in its own process group, wait for health, measure idle
 * memory, warm up, climb the staircase, stop, and check that nothing is left behind.
 */
final class CandidateRun {
  /** Pause after the first healthy answer so that idle memory is read once start-up settles. */
  static final Duration SETTLE = Duration.ofMillis(300);

  static final Duration PORT_RELEASE = Duration.ofSeconds(3);

  private static final double TICK_SECONDS = 5;

  private final LabFile lab;
  private final Candidate candidate;
  private final Consumer<String> progress;
  private final Endpoints endpoints = new Endpoints();

  CandidateRun(LabFile lab, Candidate candidate, Consumer<String> progress) {
    this.lab = lab;
    this.candidate = candidate;
    this.progress = progress;
  }

  Measurement run(Path log) {
    if (Endpoints.answers(candidate.host(), candidate.port())) {
      say("failed: " + portInUse());
      return new Measurement(-1, 0, List.of(), false, false, portInUse(), log);
    }
    say("starting: " + String.join(" ", candidate.command()) + "  (output: " + log + ")");
    long startNanos = System.nanoTime();
    ProcessGroup group =
        ProcessGroup.start(
            candidate.command(),
            candidate.workingDirectory(),
            candidate.environment(),
            log,
            candidate.stopSignal(),
            candidate.stopGrace());
    List<StepResult> steps = new ArrayList<>();
    double startupMs = -1;
    double idleRssMb = 0;
    String failure = null;
    Measurement result;
    try {
      startupMs = awaitHealthy(group, startNanos);
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
      result = stop(group, failure, steps, startupMs, idleRssMb, log);
    }
    return result;
  }

  private Measurement stop(
      ProcessGroup group,
      String failure,
      List<StepResult> steps,
      double startupMs,
      double idleRssMb,
      Path log) {
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
    return new Measurement(startupMs, idleRssMb, steps, stopped.forced(), freed, problem, log);
  }

  private double awaitHealthy(ProcessGroup group, long startNanos) {
    long deadline = startNanos + candidate.startupTimeout().toNanos();
    while (true) {
      if (!group.alive()) {
        throw new CandidateFailure(
            "exited with code "
                + group.exitCode()
                + " before it answered "
                + candidate.health()
                + lastLines(group));
      }
      if (endpoints.healthy(candidate.health())) {
        return (System.nanoTime() - startNanos) / 1e6;
      }
      if (System.nanoTime() >= deadline) {
        throw new CandidateFailure(
            "no healthy answer from "
                + candidate.health()
                + " within "
                + candidate.startupTimeout().toMillis()
                + " ms"
                + lastLines(group));
      }
      pause(Duration.ofMillis(25));
    }
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
        double cpuBefore = group.sample().cpuSeconds();
        String label = "step " + (i + 1) + "/" + rates.size() + " at " + Format.rate(rate) + " rps";
        ScenarioLoad.Outcome outcome = load.run(rate, lab.load().stepDuration(), ticker(label));
        double cpu = Math.max(0, group.sample().cpuSeconds() - cpuBefore);
        StepResult step = step(rate, outcome, cpu, sampler.takePeakRssMb());
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
        + lastLines(group);
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

  private StepResult step(double rate, ScenarioLoad.Outcome o, double cpu, double peakRssMb) {
    Percentiles p = Percentiles.of(o.latencyMicros());
    double p99Target = lab.targets().p99LatencyMs();
    double errorRate = o.requests() == 0 ? 0 : (double) o.errors() / o.requests();
    List<String> shortfalls = new ArrayList<>();
    if (p.p99() > p99Target) {
      shortfalls.add(
          String.format(
              Locale.ROOT,
              "p99 %s ms over the %s ms target",
              Format.ms(p.p99()),
              Format.ms(p99Target)));
    }
    if (errorRate > lab.load().maxErrorRate()) {
      shortfalls.add(String.format(Locale.ROOT, "%.1f%% errors", errorRate * 100));
    }
    if (o.achievedRps() < rate * StepResult.MIN_ACHIEVED_SHARE) {
      shortfalls.add(
          String.format(
              Locale.ROOT, "achieved only %.0f%% of the rate", o.achievedRps() / rate * 100));
    }
    return new StepResult(
        rate,
        o.achievedRps(),
        o.requests(),
        o.errors(),
        p.p50(),
        p.p90(),
        p.p99(),
        p.max(),
        cpu,
        peakRssMb,
        shortfalls.isEmpty(),
        String.join("; ", shortfalls));
  }

  private String portInUse() {
    return "port "
        + candidate.port()
        + " on "
        + candidate.host()
        + " is already in use before the start; stop whatever listens there or change the port";
  }

  private static String lastLines(ProcessGroup group) {
    String tail = group.tail(5);
    return tail.isBlank() ? "" : "; its last output:\n" + tail.indent(4).stripTrailing();
  }

  private static String join(String first, String second) {
    return first == null ? second : first + "; " + second;
  }

  private static String seconds(Duration d) {
    return Format.number(d.toMillis() / 1000.0) + " s";
  }

  private static void pause(Duration d) {
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

  /** A candidate-level failure that ends this candidate's run but not the lab. */
  private static final class CandidateFailure extends RuntimeException {
    CandidateFailure(String message) {
      super(message, null, false, false);
    }
  }
}
