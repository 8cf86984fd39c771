package dev.stackfit.lab.run;

import dev.stackfit.lab.file.Candidate;
import dev.stackfit.lab.process.ProcessGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs a candidate's preparation (its {@code prepare} command) and its {@code versions} command,
 * each in a process group of its own, before any start: what they take is never start-up.
 */
final class Preparer {
  /** The versions command only prints; it gets this long. */
  static final Duration VERSIONS_TIMEOUT = Duration.ofSeconds(30);

  private static final int MAX_VERSIONS_CHARS = 300;
  private static final Duration POLL = Duration.ofMillis(50);

  private final Path logDirectory;
  private final Consumer<String> progress;

  Preparer(Path logDirectory, Consumer<String> progress) {
    this.logDirectory = logDirectory;
    this.progress = progress;
  }

  /** Prepares {@code c}, then asks for its versions, which may name what preparation installed. */
  Preparation prepare(Candidate c) {
    if (!c.hasPreparation()) {
      return new Preparation(List.of(), 0, -1, null, null, versions(c));
    }
    Path log = logDirectory.resolve(c.name() + "-prepare.log");
    say(c, "preparing: " + String.join(" ", c.prepare()) + "  (output: " + log + ")");
    Finished done = runToEnd(c, c.prepare(), log, c.prepareTimeout());
    String failure = null;
    if (done.timedOut()) {
      failure =
          "preparation did not finish within "
              + c.prepareTimeout().toSeconds()
              + " s"
              + Starter.lastLines(done.group());
    } else if (done.exitCode() != 0) {
      failure =
          "preparation failed with exit code " + done.exitCode() + Starter.lastLines(done.group());
    }
    say(
        c,
        failure == null
            ? String.format(Locale.ROOT, "prepared in %.1f s", done.seconds())
            : "failed: " + failure);
    return new Preparation(c.prepare(), done.seconds(), done.exitCode(), log, failure, versions(c));
  }

  /** What the versions command printed, on one line; null when there is none. */
  private String versions(Candidate c) {
    if (c.versions().isEmpty()) {
      return null;
    }
    Path log = logDirectory.resolve(c.name() + "-versions.log");
    Finished done = runToEnd(c, c.versions(), log, VERSIONS_TIMEOUT);
    if (done.timedOut() || done.exitCode() != 0) {
      return "unknown (the versions command "
          + (done.timedOut() ? "timed out" : "exited with code " + done.exitCode())
          + "; see "
          + log
          + ")";
    }
    try {
      String text =
          Files.readAllLines(log).stream()
              .map(String::strip)
              .filter(l -> !l.isEmpty())
              .collect(Collectors.joining("; "));
      return text.length() > MAX_VERSIONS_CHARS ? text.substring(0, MAX_VERSIONS_CHARS) : text;
    } catch (IOException | java.io.UncheckedIOException e) {
      return "unknown (cannot read " + log + ")";
    }
  }

  private record Finished(ProcessGroup group, double seconds, int exitCode, boolean timedOut) {}

  private static Finished runToEnd(Candidate c, List<String> argv, Path log, Duration timeout) {
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      // The group appends to it; a stale file only adds old lines above the new ones.
    }
    long start = System.nanoTime();
    ProcessGroup group =
        ProcessGroup.start(
            argv, c.workingDirectory(), c.environment(), log, "TERM", Duration.ofSeconds(5));
    long deadline = start + timeout.toNanos();
    while (group.alive() && System.nanoTime() < deadline) {
      CandidateRun.pause(POLL);
    }
    boolean timedOut = group.alive();
    double seconds = (System.nanoTime() - start) / 1e9;
    // Whatever it left running (a build daemon, a timed-out step) goes with it.
    group.stop("TERM", Duration.ofSeconds(5));
    return new Finished(group, seconds, timedOut ? -1 : group.exitCode(), timedOut);
  }

  private void say(Candidate c, String text) {
    progress.accept("[" + c.name() + "] " + text);
  }
}
