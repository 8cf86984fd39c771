package dev.stackfit.lab.process;

import dev.stackfit.core.StackfitException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A started command in its own process group, so that it and everything it spawns can be measured
 * and stopped as one. Started through {@code setsid} (util-linux): a child of the JVM is never a
 * group leader, so setsid makes a new session and group in place and then runs the command, whose
 * pid is therefore also the group id. Thread-safe.
 */
public final class ProcessGroup {
  private final Process process;
  private final long groupId;
  private final Path log;

  private ProcessGroup(Process process, Path log) {
    this.process = process;
    this.groupId = process.pid();
    this.log = log;
  }

  /**
   * Starts {@code command} in {@code directory} with extra {@code environment}; its output goes to
   * {@code log}. The group is registered with {@link LiveGroups} before this returns.
   */
  public static ProcessGroup start(
      List<String> command, Path directory, Map<String, String> environment, Path log) {
    List<String> argv = new ArrayList<>();
    argv.add("setsid");
    argv.addAll(command);
    ProcessBuilder builder =
        new ProcessBuilder(argv)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().putAll(environment);
    Process process;
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      process = builder.start();
    } catch (IOException e) {
      throw new StackfitException(
          "cannot start " + String.join(" ", command) + ": " + e.getMessage(), e);
    }
    ProcessGroup group = new ProcessGroup(process, log);
    LiveGroups.register(group);
    return group;
  }

  public long groupId() {
    return groupId;
  }

  public Path log() {
    return log;
  }

  /** Whether the command itself (the group leader) still runs. */
  public boolean alive() {
    return process.isAlive();
  }

  /** The leader's exit code; only meaningful once it has ended. */
  public int exitCode() {
    return process.exitValue();
  }

  /**
   * Every live process of the tree: members of the group (including daemons that re-parented to
   * init) and descendants of the leader that moved to a group of their own.
   */
  public Set<Long> members() {
    Set<Long> pids = new LinkedHashSet<>();
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      entries
          .map(p -> p.getFileName().toString())
          .filter(n -> n.chars().allMatch(Character::isDigit))
          .map(n -> ProcStat.read(Long.parseLong(n)))
          .flatMap(java.util.Optional::stream)
          .filter(s -> s.groupId() == groupId && !s.zombie())
          .forEach(s -> pids.add(s.pid()));
    } catch (IOException e) {
      throw new StackfitException("cannot list /proc: " + e.getMessage(), e);
    }
    process.descendants().filter(ProcessHandle::isAlive).forEach(h -> pids.add(h.pid()));
    if (process.isAlive()) {
      pids.add(groupId);
    }
    return pids;
  }

  /** CPU and memory of the whole tree now. */
  public TreeSample sample() {
    int count = 0;
    long ticks = 0;
    long rssKib = 0;
    for (long pid : members()) {
      var stat = ProcStat.read(pid);
      if (stat.isPresent() && !stat.get().zombie()) {
        count++;
        ticks += stat.get().cpuTicks();
        rssKib += ProcStat.rssKib(pid);
      }
    }
    return new TreeSample(count, ticks / ProcStat.TICKS_PER_SECOND, rssKib / 1024.0);
  }

  /**
   * Stops the tree: {@code signal} to the whole group, SIGKILL to whatever is left after {@code
   * grace}, and then to stragglers that left the group.
   *
   * @return whether SIGKILL was needed, and the processes still alive afterwards
   */
  public StopResult stop(String signal, Duration grace) {
    try {
      signalGroup(signal);
      boolean forced = !awaitGone(grace);
      if (forced) {
        signalGroup("KILL");
        members().forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        awaitGone(Duration.ofSeconds(2));
      }
      return new StopResult(forced, members());
    } finally {
      LiveGroups.forget(this);
    }
  }

  /**
   * How a stop went.
   *
   * @param forced the stop signal was not enough within the grace period and SIGKILL followed
   * @param survivors processes of the tree still alive afterwards; empty when none remain
   */
  public record StopResult(boolean forced, Set<Long> survivors) {
    public StopResult {
      survivors = Set.copyOf(survivors);
    }
  }

  /** Waits until no member is left; false when {@code limit} ran out first. */
  private boolean awaitGone(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      if (members().isEmpty()) {
        return true;
      }
      if (System.nanoTime() >= deadline) {
        return false;
      }
      sleep(20);
    }
  }

  /** Sends a signal to every process of the group with kill(1) and a negative pid. */
  void signalGroup(String signal) {
    try {
      new ProcessBuilder("kill", "-s", signal, "--", "-" + groupId)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
    } catch (IOException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /** The last {@code lines} lines of the output, for failure messages. */
  public String tail(int lines) {
    try {
      List<String> all = Files.readAllLines(log);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | java.io.UncheckedIOException e) {
      return "";
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
