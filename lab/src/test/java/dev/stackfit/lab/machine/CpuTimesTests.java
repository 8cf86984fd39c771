package dev.stackfit.lab.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Machine sampling from recorded /proc/stat text. */
class CpuTimesTests {
  /** The head of /proc/stat on a quiet two-vCPU VM. */
  static final String QUIET_BEFORE =
      """
      cpu  10470 0 4714 800447 244 0 262 0 0 0
      cpu0 5118 0 2277 400519 38 0 137 0 0 0
      cpu1 5352 0 2436 399927 205 0 124 0 0 0
      intr 3047713 0 9 0 0 0 0 0 0 0 0 0 0 0
      ctxt 6104393
      """;

  /** Ten seconds later: 2,000 ticks over two CPUs, 600 busy, 1,300 idle, 100 I/O wait. */
  static final String QUIET_AFTER =
      """
      cpu  10870 0 4874 801747 344 0 302 0 0 0
      cpu0 5318 0 2357 401169 88 0 157 0 0 0
      cpu1 5552 0 2516 400577 255 0 144 0 0 0
      """;

  /** Ten seconds on a shared host: busy to the last tick, and 7.6 % of it stolen. */
  static final String BUSY_AFTER =
      """
      cpu  11610 80 5394 800467 250 10 270 160 0 0
      cpu0 5700 40 2600 400529 41 5 140 80 0 0
      cpu1 5910 40 2794 399938 209 5 130 80 0 0
      """;

  @Test
  void readsTheAggregateCpuLine() {
    CpuTimes t = CpuTimes.parse(QUIET_BEFORE);

    assertThat(t).isEqualTo(new CpuTimes(10470, 0, 4714, 800447, 244, 0, 262, 0));
  }

  @Test
  void dividesAQuietPeriodIntoUserSystemIdleAndIoWait() {
    CpuShares s = CpuTimes.parse(QUIET_AFTER).sharesSince(CpuTimes.parse(QUIET_BEFORE));

    assertThat(s.user()).isCloseTo(400 / 2000.0, within(1e-9));
    assertThat(s.system()).isCloseTo((160 + 40) / 2000.0, within(1e-9));
    assertThat(s.idle()).isCloseTo(1300 / 2000.0, within(1e-9));
    assertThat(s.iowait()).isCloseTo(100 / 2000.0, within(1e-9));
    assertThat(s.steal()).isZero();
    assertThat(s.available()).isCloseTo(0.7, within(1e-9));
    assertThat(s.busyCores(2)).isCloseTo(0.6, within(1e-9));
  }

  @Test
  void aBusySharedHostShowsNoIdleAndItsSteal() {
    CpuShares s = CpuTimes.parse(BUSY_AFTER).sharesSince(CpuTimes.parse(QUIET_BEFORE));

    // 1,140 user + 80 nice + 680 system + 10 irq + 8 softirq + 20 idle + 6 iowait + 160 steal.
    double total = 2104;
    assertThat(s.user()).isCloseTo((1140 + 80) / total, within(1e-9));
    assertThat(s.available()).isCloseTo(26 / total, within(1e-9));
    assertThat(s.steal()).isCloseTo(160 / total, within(1e-9));
  }

  @Test
  void oldKernelsWithoutStealCountItAsZero() {
    CpuTimes t = CpuTimes.parse("cpu  100 0 50 1000 5 0 1\n");

    assertThat(t.steal()).isZero();
    assertThat(t.softirq()).isEqualTo(1);
  }

  @Test
  void noTimePassedMeansUnknownShares() {
    CpuTimes t = CpuTimes.parse(QUIET_BEFORE);

    assertThat(t.sharesSince(t).known()).isFalse();
  }

  @Test
  void textWithoutTheAggregateLineIsRefused() {
    assertThatThrownBy(() -> CpuTimes.parse("cpu0 1 2 3 4\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no \"cpu\" line");
    assertThatThrownBy(() -> CpuTimes.parse("cpu  1 x 3 4\n"))
        .hasMessageContaining("bad number \"x\"");
  }

  @Test
  void thisMachinesProcStatCanBeRead() {
    assertThat(CpuTimes.read()).isPresent();
    assertThat(LoadAverage.oneMinute()).isGreaterThanOrEqualTo(0);
  }
}
