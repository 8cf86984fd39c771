package dev.stackfit.lab.process;

import dev.stackfit.core.BadInputException;
import dev.stackfit.core.InfrastructureException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A started command in its own process group, so that it and everything it spawns can be measured
 * and stopped as one. Started through {@code setsid} (util-linux): a child of the JVM is never a
 * group leader, so setsid makes a new session and group in place and then runs a small watchdog
 * shell, whose pid is therefore the group id; the watchdog runs the command in that group.
 *
 * <p>The watchdog is what stops the group when the JVM dies without running its shutdown hook
 * (SIGKILL, a hard crash): its standard input is a pipe from the JVM that the JVM never writes to.
 * Whatever way the JVM ends, the kernel closes the pipe's writing end, and a reader in the watchdog
 * sees end of file and stops the whole group itself: the stop signal, the grace period, then
 * SIGKILL. See {@link #WATCHDOG} for the exact steps. Thread-safe.
 */
public final class ProcessGroup {
  /** {@code $0} of the watchdog shell: it prefixes the shell's own messages in the log. */
  static final String WATCHDOG_NAME = "stackfit-watchdog";

  /**
   * The watchdog, a POSIX sh script run as {@code sh -c WATCHDOG stackfit-watchdog SIGNAL
   * GRACE_SECONDS COMMAND...}; the command comes in only as arguments, never as script text.
   *
   * <ol>
   *   <li>Moves the pipe from the JVM from standard input to descriptor 3, and keeps its own
   *       standard error (the log) on descriptor 4 while its own messages go nowhere: a shell
   *       reports a foreground command killed by a signal ("Terminated"), which the log never
   *       showed before.
   *   <li>Catches the stop signals with a handler that does nothing, so a stop signal sent to the
   *       group does not end the watchdog before the command: it stays to report the command's exit
   *       status. (A caught signal, unlike an ignored one, is reset to its default in the command.)
   *   <li>Starts the reader, a forked copy of the shell in the background that ignores the stop
   *       signals and reads descriptor 3 until end of file. At end of file (the JVM is gone) it
   *       kills the watchdog (so that it cannot kill the reader), sends SIGNAL to the whole group,
   *       sleeps GRACE_SECONDS and sends SIGKILL to the whole group, itself included.
   *   <li>Runs the command in the foreground, with the log as standard error, standard input still
   *       /dev/null and neither descriptor 3 nor 4: the command never holds the pipe. {@code exec}
   *       makes it the program named by its first word even if a shell builtin has that name.
   *   <li>When the command ends, kills and reaps the reader and exits with the command's status, so
   *       the JVM sees the command's own exit code (128 + N when signal N killed it, as Java
   *       reports for a process killed by a signal).
   * </ol>
   */
  static final String WATCHDOG =
      """
      sig=$1 grace=$2
      shift 2
      exec 3<&0 4>&2 </dev/null 2>/dev/null
      trap : HUP INT QUIT TERM USR1 USR2
      (
        trap '' HUP INT QUIT TERM USR1 USR2
        while read -r _ <&3; do :; done
        kill -s KILL "$$"
        kill -s "$sig" 0
        sleep "$grace"
        kill -s KILL 0
      ) &
      reader=$!
      (exec "$@") 2>&4 3<&- 4>&-
      status=$?
      kill -s KILL "$reader"
      wait "$reader"
      exit "$status"
      """;

  private static final Pattern SIGNAL_NAME = Pattern.compile("[A-Z][A-Z0-9]*");

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
   * {@code log}. If the JVM dies without stopping it, the watchdog stops it with SIGTERM and five
   * seconds' grace. The group is registered with {@link LiveGroups} before this returns.
   */
  public static ProcessGroup start(
      List<String> command, Path directory, Map<String, String> environment, Path log) {
    return start(command, directory, environment, log, "TERM", Duration.ofSeconds(5));
  }

  /**
   * Starts {@code command} in {@code directory} with extra {@code environment}; its output goes to
   * {@code log}. If the JVM dies without stopping it, the watchdog sends {@code stopSignal} to the
   * group and SIGKILL after {@code stopGrace}, rounded up to whole seconds. The group is registered
   * with {@link LiveGroups} before this returns.
   */
  public static ProcessGroup start(
      List<String> command,
      Path directory,
      Map<String, String> environment,
      Path log,
      String stopSignal,
      Duration stopGrace) {
    if (command.isEmpty()) {
      throw new IllegalArgumentException("empty command");
    }
    String signal = stopSignal.toUpperCase(Locale.ROOT).replaceFirst("^SIG", "");
    if (!SIGNAL_NAME.matcher(signal).matches() || stopGrace.isNegative()) {
      throw new IllegalArgumentException(
          "bad stop signal or grace: " + stopSignal + ", " + stopGrace);
    }
    long graceSeconds = stopGrace.plusMillis(999).toMillis() / 1000;
    List<String> argv = new ArrayList<>();
    argv.add("setsid");
    argv.addAll(List.of("sh", "-c", WATCHDOG, WATCHDOG_NAME, signal, Long.toString(graceSeconds)));
    argv.addAll(command);
    // Standard input stays a pipe that nothing ever writes to: the watchdog's lifeline. The
    // Process object holds its writing end open until the watchdog ends; LiveGroups keeps this
    // group (and so the Process) reachable until it is stopped.
    ProcessBuilder builder =
        new ProcessBuilder(argv)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectInput(ProcessBuilder.Redirect.PIPE);
    builder.environment().putAll(environment);
    Process process;
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      process = builder.start();
    } catch (IOException e) {
      throw new BadInputException(
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

  /**
   * Whether the command itself still runs. The watchdog (the group leader) ends as soon as the
   * command does.
   */
  public boolean alive() {
    return process.isAlive();
  }

  /**
   * The command's exit code, which the watchdog passes on as its own; only meaningful once it has
   * ended.
   */
  public int exitCode() {
    return process.exitValue();
  }

  /**
   * Every live process of the tree: members of the group (including daemons that re-parented to
   * init), descendants of the leader that moved to a group of their own, and the watchdog's two
   * shells (the leader and its reader).
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
      throw new InfrastructureException("cannot list /proc: " + e.getMessage(), e);
    }
    process.descendants().filter(ProcessHandle::isAlive).forEach(h -> pids.add(h.pid()));
    if (process.isAlive()) {
      pids.add(groupId);
    }
    return pids;
  }

  /**
   * CPU and memory of the whole tree now, without the watchdog. Its two shells (the leader and the
   * reader, a forked copy of the leader with the very same command line) hold about 2.5 MiB of RSS
   * together with dash (some 1.7 and 1 MiB, mostly shared pages) and use no CPU while they wait;
   * they are left out by pid and command line, not by an estimate, so the figures are those of the
   * command's own tree, as before there was a watchdog.
   */
  public TreeSample sample() {
    byte[] watchdogCmdline = ProcStat.cmdline(groupId);
    int count = 0;
    long ticks = 0;
    long rssKib = 0;
    for (long pid : members()) {
      var stat = ProcStat.read(pid);
      if (stat.isPresent() && !stat.get().zombie() && !isWatchdog(stat.get(), watchdogCmdline)) {
        count++;
        ticks += stat.get().cpuTicks();
        rssKib += ProcStat.rssKib(pid);
      }
    }
    return new TreeSample(count, ticks / ProcStat.TICKS_PER_SECOND, rssKib / 1024.0);
  }

  /**
   * The leader, or a child of it that is a forked copy of it: the reader, or the shell that is
   * about to exec the command. The command itself, once exec'd, has a command line of its own.
   */
  private boolean isWatchdog(ProcStat stat, byte[] watchdogCmdline) {
    return stat.pid() == groupId
        || (stat.parentPid() == groupId
            && watchdogCmdline.length > 0
            && Arrays.equals(ProcStat.cmdline(stat.pid()), watchdogCmdline));
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
