package dev.stackfit.lab.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpuSplitTests {
  @Test
  void twoCpusAreSharedAndTheNoteSaysWhy() {
    CpuSplit split = CpuSplit.plan(List.of(0, 1), true);

    assertThat(split.pinned()).isFalse();
    assertThat(split.candidatePrefix()).isEmpty();
    assertThat(split.note())
        .startsWith("not pinned: 2 CPU(s)")
        .contains("needs at least 4")
        .contains("smaller machine");
  }

  @Test
  void fourCpusGiveTheGeneratorOneAndTheCandidateThree() {
    CpuSplit split = CpuSplit.plan(List.of(0, 1, 2, 3), true);

    assertThat(split.generatorCpus()).containsExactly(0);
    assertThat(split.candidateCpus()).containsExactly(1, 2, 3);
    assertThat(split.candidatePrefix()).containsExactly("taskset", "-c", "1-3");
    assertThat(split.note()).isEqualTo("pinned: generator on CPU(s) 0, candidate on 1-3");
  }

  @Test
  void largerMachinesGiveTheGeneratorAQuarter() {
    CpuSplit split = CpuSplit.plan(CpuSplit.parse("0-7,12-13"), true);

    assertThat(split.generatorCpus()).containsExactly(0, 1, 2);
    assertThat(CpuSplit.format(split.candidateCpus())).isEqualTo("3-7,12-13");
  }

  @Test
  void withoutTasksetNothingIsPinned() {
    assertThat(CpuSplit.plan(List.of(0, 1, 2, 3), false).note()).contains("taskset");
  }

  @Test
  void readsTheAllowedCpusOfAProcessStatus() {
    String status = "Name:\tjava\nCpus_allowed:\tf\nCpus_allowed_list:\t0-3,6\n";

    assertThat(CpuSplit.allowedCpus(status)).containsExactly(0, 1, 2, 3, 6);
    assertThat(CpuSplit.format(List.of(0, 2, 3, 4, 9))).isEqualTo("0,2-4,9");
  }
}
