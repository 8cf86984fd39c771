package dev.stackfit.lab.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProcessGroupTests {
  @TempDir Path dir;

  @AfterEach
  void noGroupOutlivesATest() {
    LiveGroups.stopAll();
  }

  private ProcessGroup start(String script) {
    return start(script, "out.log");
  }

  private ProcessGroup start(String script, String log) {
    return ProcessGroup.start(List.of("sh", "-c", script), dir, Map.of(), dir.resolve(log));
  }

  static void awaitOutput(ProcessGroup group, String text)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!Files.readString(group.log()).contains(text)) {
      assertThat(System.nanoTime()).as("waiting for '%s' in the output", text).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  static void awaitGone(ProcessGroup group) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (group.alive() || !group.members().isEmpty()) {
      assertThat(System.nanoTime()).as("waiting for the group to end").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static String target(Path fd) {
    try {
      return Files.readSymbolicLink(fd).toString();
    } catch (IOException e) {
      return ""; // closed between listing and reading
    }
  }

  @Test
  void startsTheCommandAsLeaderOfItsOwnProcessGroup() throws Exception {
    ProcessGroup group = start("echo up; sleep 30");
    awaitOutput(group, "up");

    ProcStat stat = ProcStat.read(group.groupId()).orElseThrow();
    assertThat(stat.groupId()).isEqualTo(group.groupId());
    assertThat(stat.groupId())
        .isNotEqualTo(ProcStat.read(ProcessHandle.current().pid()).orElseThrow().groupId());
    assertThat(LiveGroups.liveGroupIds()).contains(group.groupId());
  }

  @Test
  void countsEveryProcessOfTheTree() throws Exception {
    ProcessGroup group = start("sleep 31 & sleep 32 & echo up; wait");
    awaitOutput(group, "up");

    // The command's shell and its two sleeps, and the watchdog: the leader and its reader.
    assertThat(group.members()).hasSize(5);
    // The figures leave the watchdog out.
    assertThat(group.sample().processes()).isEqualTo(3);
  }

  @Test
  void theCommandsExitCodeComesThroughTheWatchdog() throws Exception {
    ProcessGroup exits = start("echo up; exit 3", "exits.log");
    ProcessGroup killed = start("echo up; kill -s KILL $$", "killed.log");
    ProcessGroup missing =
        ProcessGroup.start(
            List.of("no-such-command-anywhere", "x"), dir, Map.of(), dir.resolve("missing.log"));
    awaitGone(exits);
    awaitGone(killed);
    awaitGone(missing);

    assertThat(missing.exitCode()).isEqualTo(127);
    assertThat(Files.readString(missing.log())).contains("no-such-command-anywhere: not found");

    assertThat(exits.exitCode()).isEqualTo(3);
    // 128 + 9, as Java reports for a child killed by SIGKILL.
    assertThat(killed.exitCode()).isEqualTo(137);
    // The watchdog ends with the command and takes its reader along: nothing is left to stop.
    assertThat(exits.members()).isEmpty();
    assertThat(killed.members()).isEmpty();
    assertThat(Files.readString(exits.log())).isEqualTo("up\n");
    assertThat(Files.readString(killed.log()))
        .as("no 'Killed' from the watchdog")
        .isEqualTo("up\n");
  }

  @Test
  void theCommandReadsDevNullAndHoldsNoPipeOfTheWatchdog() throws Exception {
    ProcessGroup group = start("echo up; sleep 38");
    awaitOutput(group, "up");
    byte[] watchdog = ProcStat.cmdline(group.groupId());
    List<Long> command =
        group.members().stream()
            .filter(pid -> !java.util.Arrays.equals(ProcStat.cmdline(pid), watchdog))
            .toList();
    assertThat(command).hasSize(2); // sh and its sleep

    for (long pid : command) {
      Path fds = Path.of("/proc", Long.toString(pid), "fd");
      assertThat(Files.readSymbolicLink(fds.resolve("0"))).isEqualTo(Path.of("/dev/null"));
      try (var entries = Files.list(fds)) {
        assertThat(entries.map(ProcessGroupTests::target))
            .as("descriptors of %d", pid)
            .noneMatch(t -> t.startsWith("pipe:"));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TERM", "INT", "QUIT", "HUP", "USR1", "USR2"})
  void anyStopSignalThatEndsTheCommandEndsTheWatchdogWithoutSigkill(String signal)
      throws Exception {
    ProcessGroup group = start("echo up; sleep 39");
    awaitOutput(group, "up");

    ProcessGroup.StopResult stopped = group.stop(signal, Duration.ofSeconds(3));

    assertThat(stopped.forced()).isFalse();
    assertThat(stopped.survivors()).isEmpty();
    assertThat(group.exitCode()).isGreaterThan(128);
    assertThat(Files.readString(group.log()))
        .as("nothing but the command's output")
        .isEqualTo("up\n");
  }

  @Test
  void stopLeavesNoProcessOfTheGroupIncludingOrphanedDaemons() throws Exception {
    // The inner shell exits at once, so its sleep is re-parented outside our tree but stays in
    // the group: the kind of process a naive destroy() of the leader leaves behind.
    ProcessGroup group = start("sh -c 'sleep 33 &'; echo up; sleep 34");
    awaitOutput(group, "up");
    Thread.sleep(100);
    Set<Long> before = group.members();
    Set<Long> underLeader =
        ProcessHandle.of(group.groupId())
            .orElseThrow()
            .descendants()
            .map(ProcessHandle::pid)
            .collect(java.util.stream.Collectors.toSet());
    assertThat(before)
        .as("a member of the group that is no longer below the leader")
        .anyMatch(pid -> pid != group.groupId() && !underLeader.contains(pid));

    ProcessGroup.StopResult stopped = group.stop("TERM", Duration.ofSeconds(2));

    assertThat(stopped.survivors()).isEmpty();
    assertThat(stopped.forced()).isFalse();
    // Gone, or a zombie waiting for init to reap it: no longer running either way.
    assertThat(before).allMatch(pid -> ProcStat.read(pid).map(ProcStat::zombie).orElse(true));
    assertThat(LiveGroups.liveGroupIds()).doesNotContain(group.groupId());
  }

  @Test
  void stopFallsBackToSigkillWhenTheStopSignalIsIgnored() throws Exception {
    ProcessGroup group = start("trap '' TERM; sleep 35 & echo up; wait");
    awaitOutput(group, "up");

    ProcessGroup.StopResult stopped = group.stop("TERM", Duration.ofMillis(300));

    assertThat(stopped.forced()).isTrue();
    assertThat(stopped.survivors()).isEmpty();
    assertThat(group.members()).isEmpty();
  }

  @Test
  void theShutdownHookStopsEveryGroupStillRunning() throws Exception {
    ProcessGroup first = start("sleep 36 & echo up; wait");
    ProcessGroup second = start("sleep 37 & echo up; wait");
    awaitOutput(first, "up");
    awaitOutput(second, "up");

    LiveGroups.stopAll();

    assertThat(first.members()).isEmpty();
    assertThat(second.members()).isEmpty();
    assertThat(LiveGroups.liveGroupIds()).isEmpty();
  }
}
