package dev.stackfit.lab.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcMetricsTests {
  @TempDir Path dir;

  @AfterEach
  void stopEverything() {
    LiveGroups.stopAll();
  }

  private ProcessGroup python(String name, String code) {
    return ProcessGroup.start(
        List.of("python3", "-c", code), dir, Map.of(), dir.resolve(name + ".log"));
  }

  @Test
  void rssOfTheTreeIncludesMemoryAChildTouched() throws Exception {
    ProcessGroup small = python("small", "import time; print('ready', flush=True); time.sleep(30)");
    ProcessGroup big =
        python(
            "big",
            "import time; b = b'x' * (96 * 1024 * 1024); print('ready', flush=True);"
                + " time.sleep(30)");
    ProcessGroupTests.awaitOutput(small, "ready");
    ProcessGroupTests.awaitOutput(big, "ready");

    double extraMb = big.sample().rssMb() - small.sample().rssMb();

    assertThat(extraMb).isCloseTo(96, within(8.0));
  }

  @Test
  void cpuSecondsOfTheTreeCountBusyTimeOfEveryMember() throws Exception {
    // Two busy children of one shell, each burning 0.4 s of its own CPU time. The system's own
    // interpreter when there is one: a version manager's python3 shim runs processes of its own,
    // whose CPU the tree rightly counts but this test does not expect. Isolated and without site
    // packages (-I -S), so no .pth file on the machine adds start-up work.
    String python =
        java.nio.file.Files.isExecutable(Path.of("/usr/bin/python3"))
            ? "/usr/bin/python3"
            : "python3";
    String burn =
        python
            + " -I -S -c \"import time; t = time.process_time()\nwhile time.process_time() - t < 0.4:"
            + " pass\nprint('done', flush=True); time.sleep(30)\"";
    ProcessGroup group =
        ProcessGroup.start(
            List.of("sh", "-c", burn + " & " + burn + " & wait"),
            dir,
            Map.of(),
            dir.resolve("burn.log"));
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (java.nio.file.Files.readString(group.log()).split("done", -1).length < 3) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(20);
    }

    TreeSample sample = group.sample();

    assertThat(sample.processes()).isEqualTo(3);
    // 0.8 s of burning plus the interpreters' own start-up, which is well under half a second.
    assertThat(sample.cpuSeconds()).isBetween(0.78, 1.6);
  }

  @Test
  void parsesStatLinesWhoseCommandNameHoldsSpacesAndParentheses() {
    ProcStat stat =
        ProcStat.parse(
            "4242 (my (odd) name) S 1 4240 4240 0 -1 4194560 100 0 0 0 250 50 7 3 20 0 1 0 9"
                + " 1000 200 18446744073709551615");

    assertThat(stat.pid()).isEqualTo(4242);
    assertThat(stat.state()).isEqualTo('S');
    assertThat(stat.parentPid()).isEqualTo(1);
    assertThat(stat.groupId()).isEqualTo(4240);
    assertThat(stat.cpuTicks()).isEqualTo(310);
  }
}
