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

class ProcessGroupTests {
  @TempDir Path dir;

  @AfterEach
  void noGroupOutlivesATest() {
    LiveGroups.stopAll();
  }

  private ProcessGroup start(String script) {
    return ProcessGroup.start(List.of("sh", "-c", script), dir, Map.of(), dir.resolve("out.log"));
  }

  static void awaitOutput(ProcessGroup group, String text)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!Files.readString(group.log()).contains(text)) {
      assertThat(System.nanoTime()).as("waiting for '%s' in the output", text).isLessThan(deadline);
      Thread.sleep(20);
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

    assertThat(group.members()).hasSize(3);
    assertThat(group.sample().processes()).isEqualTo(3);
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
