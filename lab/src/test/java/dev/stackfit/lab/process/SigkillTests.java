package dev.stackfit.lab.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL of the lab JVM runs no shutdown hook, yet the candidate's whole group ends: the watchdog
 * sees its pipe from the dead JVM close.
 */
class SigkillTests {
  @TempDir Path dir;

  @Test
  void killingTheLabJvmWithSigkillStillStopsTheWholeCandidateGroupAndFreesItsPort()
      throws Exception {
    int port = TestProcesses.freePort();
    String marker = "sigkill-" + UUID.randomUUID();
    Process lab =
        TestProcesses.javaMain(
            dir.resolve("lab.out"),
            SigkilledLab.class,
            dir.toString(),
            Integer.toString(port),
            marker);
    long group = -1;
    try {
      Path groupFile = dir.resolve("group");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!Files.exists(groupFile)) {
        assertThat(lab.isAlive()).as("lab still running: %s", output("lab.out")).isTrue();
        assertThat(System.nanoTime()).as("candidate up in time").isLessThan(deadline);
        Thread.sleep(50);
      }
      group = Long.parseLong(Files.readString(groupFile).trim());
      Set<Long> before = liveInGroup(group);
      // The watchdog's two shells, the candidate's shell, the server, the stubborn shell and, most
      // of the time, its sleep.
      assertThat(before).as("the candidate's group").hasSizeGreaterThanOrEqualTo(5);
      assertThat(before).contains(group);
      assertThat(Endpoints.answers("127.0.0.1", port)).isTrue();

      new ProcessBuilder("kill", "-KILL", Long.toString(lab.pid())).start().waitFor();
      assertThat(lab.waitFor(10, TimeUnit.SECONDS)).as("the lab JVM dies").isTrue();
      assertThat(lab.exitValue()).isEqualTo(128 + 9);

      // SIGTERM at once, SIGKILL one second later for the shell that ignores SIGTERM.
      long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
      while (!liveInGroup(group).isEmpty()
          || before.stream().anyMatch(TestProcesses::running)
          || Endpoints.answers("127.0.0.1", port)) {
        assertThat(System.nanoTime())
            .as("the group ends; still running: %s", liveInGroup(group))
            .isLessThan(gone);
        Thread.sleep(50);
      }
      assertThat(TestProcesses.processesWithArgument(marker))
          .as("processes with the marker")
          .isEmpty();
      try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        assertThat(again.getLocalPort()).as("the port is free again").isEqualTo(port);
      }
      // The configured stop signal went first: the candidate's own shell saw it.
      assertThat(output("candidate.log")).contains("candidate got SIGTERM");
    } finally {
      lab.destroyForcibly();
      if (group > 0) {
        new ProcessBuilder("kill", "-s", "KILL", "--", "-" + group)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start()
            .waitFor();
      }
    }
  }

  /** Running processes (not zombies) of process group {@code group}, found through /proc. */
  private static Set<Long> liveInGroup(long group) throws IOException {
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      return entries
          .map(p -> p.getFileName().toString())
          .filter(n -> n.chars().allMatch(Character::isDigit))
          .map(n -> ProcStat.read(Long.parseLong(n)))
          .flatMap(java.util.Optional::stream)
          .filter(s -> s.groupId() == group && !s.zombie())
          .map(ProcStat::pid)
          .collect(Collectors.toSet());
    }
  }

  private String output(String name) {
    try {
      return Files.readString(dir.resolve(name));
    } catch (IOException e) {
      return "";
    }
  }
}
