package dev.stackfit.lab.run;

import dev.stackfit.lab.file.Candidate;
import dev.stackfit.lab.machine.CpuSplit;
import dev.stackfit.lab.process.Endpoints;
import dev.stackfit.lab.process.ProcessGroup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a prepared candidate in its own process group (on the candidate's CPUs when the lab pins)
 * and times it from the start to its first healthy answer.
 */
final class Starter {
  private static final Duration POLL = Duration.ofMillis(25);

  private final Candidate candidate;
  private final CpuSplit split;
  private final Endpoints endpoints = new Endpoints();

  Starter(Candidate candidate, CpuSplit split) {
    this.candidate = candidate;
    this.split = split;
  }

  /** A group just started, and when (System.nanoTime). */
  record Launched(ProcessGroup group, long startNanos) {}

  /** The argv actually run: the command, behind taskset when the lab pins. */
  List<String> argv() {
    List<String> argv = new ArrayList<>(split.candidatePrefix());
    argv.addAll(candidate.command());
    return argv;
  }

  /** Starts the candidate in its own process group; the caller stops it. */
  Launched launch(Path log) {
    long startNanos = System.nanoTime();
    ProcessGroup group =
        ProcessGroup.start(
            argv(),
            candidate.workingDirectory(),
            candidate.environment(),
            log,
            candidate.stopSignal(),
            candidate.stopGrace());
    return new Launched(group, startNanos);
  }

  /**
   * Starts the candidate only to time its start-up, then stops it again.
   *
   * @throws CandidateFailure when it does not start, or does not stop cleanly and free its port
   */
  double timeStartup(Path log) {
    Launched launched = launch(log);
    double startupMs;
    try {
      startupMs = awaitHealthy(launched);
    } catch (RuntimeException e) {
      launched.group().stop(candidate.stopSignal(), candidate.stopGrace());
      throw e;
    }
    ProcessGroup.StopResult stopped =
        launched.group().stop(candidate.stopSignal(), candidate.stopGrace());
    if (!stopped.survivors().isEmpty()) {
      throw new CandidateFailure(
          "processes " + stopped.survivors() + " survived SIGKILL after a start-up measurement");
    }
    if (!Endpoints.freedWithin(candidate.host(), candidate.port(), CandidateRun.PORT_RELEASE)) {
      throw new CandidateFailure(
          "port " + candidate.port() + " still answers after a start-up measurement was stopped");
    }
    return startupMs;
  }

  /**
   * Waits for the first healthy answer; returns the time from the launch to it, ms.
   *
   * @throws CandidateFailure when the command exits first or the start-up timeout passes
   */
  double awaitHealthy(Launched launched) {
    ProcessGroup group = launched.group();
    long startNanos = launched.startNanos();
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
      CandidateRun.pause(POLL);
    }
  }

  static String lastLines(ProcessGroup group) {
    String tail = group.tail(5);
    return tail.isBlank() ? "" : "; its last output:\n" + tail.indent(4).stripTrailing();
  }
}
