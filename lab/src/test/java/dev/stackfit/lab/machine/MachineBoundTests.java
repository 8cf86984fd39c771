package dev.stackfit.lab.machine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The machine-bound rule and its thresholds. */
class MachineBoundTests {
  private static final double TARGET_P99_MS = 300;

  private static StepConditions step(double idle, double steal, double lagMs) {
    double busy = 1 - idle - steal;
    return new StepConditions(
        new CpuShares(busy * 0.8, busy * 0.2, idle, 0, steal), 1.5, 10, 3, lagMs, 0);
  }

  @Test
  void aMachineWithRoomMeasuresTheFramework() {
    assertThat(MachineBound.reasons(step(0.35, 0.001, 0.4), TARGET_P99_MS)).isEmpty();
  }

  @Test
  void noIdleCpuMakesTheStepMachineBound() {
    assertThat(MachineBound.reasons(step(0.02, 0, 0.4), TARGET_P99_MS))
        .containsExactly("no idle CPU: 2.0% idle over the step (below 5.0%)");
    assertThat(MachineBound.reasons(step(0.05, 0, 0.4), TARGET_P99_MS)).isEmpty();
  }

  @Test
  void ioWaitCountsAsIdleCpu() {
    StepConditions waiting =
        new StepConditions(new CpuShares(0.8, 0.1, 0.02, 0.08, 0), 1, 10, 1, 0.2, 0);

    assertThat(MachineBound.reasons(waiting, TARGET_P99_MS)).isEmpty();
  }

  @Test
  void stealAboveFivePercentMakesTheStepMachineBound() {
    assertThat(MachineBound.reasons(step(0.2, 0.08, 0.4), TARGET_P99_MS))
        .containsExactly(
            "steal 8.0% (above 5.0%): the hypervisor gave this machine's CPUs to others");
  }

  @Test
  void aGeneratorBehindItsScheduleMakesTheStepMachineBound() {
    // 10 % of a 300 ms target: 30 ms.
    assertThat(MachineBound.reasons(step(0.3, 0, 29), TARGET_P99_MS)).isEmpty();
    assertThat(MachineBound.reasons(step(0.3, 0, 45), TARGET_P99_MS))
        .containsExactly(
            "the load generator fell behind its schedule: p99 lag 45.0 ms (above 30.0 ms)");
    assertThat(MachineBound.lagLimitMs(5)).isEqualTo(1);
  }

  @Test
  void aPinnedGeneratorNearlyUsingItsCpusIsMachineBound() {
    StepConditions pinned =
        new StepConditions(new CpuShares(0.5, 0.1, 0.4, 0, 0), 2, 10, 9, 0.3, 1);

    assertThat(MachineBound.reasons(pinned, TARGET_P99_MS))
        .containsExactly("the load generator used 90% of its 1 CPU(s) (above 80%)");
  }

  @Test
  void everyReasonIsListed() {
    assertThat(MachineBound.reasons(step(0.01, 0.09, 80), TARGET_P99_MS)).hasSize(3);
  }

  @Test
  void unknownConditionsAreNeverMachineBound() {
    assertThat(MachineBound.reasons(StepConditions.UNKNOWN, TARGET_P99_MS)).isEmpty();
  }

  @Test
  void otherProcessesCoresAreWhatIsLeftOfTheBusyCpu() {
    StepConditions c = new StepConditions(new CpuShares(0.7, 0.2, 0.1, 0, 0), 3, 10, 4, 0.3, 0);

    // 1.8 busy cores, 0.4 the generator, 0.9 the candidate: 0.5 for everything else.
    assertThat(c.otherCores(9, 2)).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-9));
  }
}
