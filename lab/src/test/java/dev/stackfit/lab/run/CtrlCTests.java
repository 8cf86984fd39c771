package dev.stackfit.lab.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.lab.process.Endpoints;
import dev.stackfit.lab.process.TestProcesses;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C of the lab (SIGINT to its JVM) stops everything the lab started. */
class CtrlCTests {
  @TempDir Path dir;

  @Test
  void interruptingTheLabLeavesNoCandidateProcessBehind() throws Exception {
    int port = TestProcesses.freePort();
    String marker = "ctrl-c-" + UUID.randomUUID();
    Process lab =
        TestProcesses.javaMain(
            dir.resolve("lab.out"),
            InterruptedLab.class,
            Integer.toString(port),
            marker,
            dir.toString());
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!(Endpoints.answers("127.0.0.1", port)
          && TestProcesses.processesWithArgument(marker).size() >= 2)) {
        assertThat(lab.isAlive()).as("lab still running").isTrue();
        assertThat(System.nanoTime()).as("candidate up in time").isLessThan(deadline);
        Thread.sleep(50);
      }
      Thread.sleep(500);

      // A shell that runs a job in the background ignores SIGINT for it, and the JVM then keeps
      // ignoring it (as the lab would when started that way); TERM takes the same shutdown path.
      String signal = sigintIgnored() ? "-TERM" : "-INT";
      new ProcessBuilder("kill", signal, Long.toString(lab.pid())).start().waitFor();

      assertThat(lab.waitFor(45, TimeUnit.SECONDS)).as("lab exits after " + signal).isTrue();
      // A killed process may take a moment to be reaped on a loaded machine; left behind means
      // still there seconds later.
      List<Long> left = TestProcesses.processesWithArgument(marker);
      long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (!left.isEmpty() && System.nanoTime() < gone) {
        Thread.sleep(100);
        left = TestProcesses.processesWithArgument(marker);
      }
      assertThat(left).as("candidate processes left behind").isEmpty();
      assertThat(Endpoints.answers("127.0.0.1", port)).isFalse();
    } finally {
      lab.destroyForcibly();
    }
  }

  /** True when this process (and so the lab it starts) inherited SIGINT as ignored. */
  static boolean sigintIgnored() throws java.io.IOException {
    for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("SigIgn:")) {
        long mask = Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16);
        return (mask & (1L << (2 - 1))) != 0;
      }
    }
    return false;
  }
}
