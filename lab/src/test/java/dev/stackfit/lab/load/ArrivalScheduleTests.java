package dev.stackfit.lab.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrivalScheduleTests {
  private static final long SECOND = 1_000_000_000L;

  private static List<Long> drain(ArrivalSchedule schedule) {
    List<Long> starts = new ArrayList<>();
    for (long t = schedule.next(); t >= 0; t = schedule.next()) {
      starts.add(t);
    }
    return starts;
  }

  private static ArrivalSchedule constant(List<RateSegment> segments, int worker, int workers) {
    return new ArrivalSchedule(segments, worker, workers, Arrival.CONSTANT, 1);
  }

  @Test
  void constantRateSpacesArrivalsEvenlyAndStopsAtTheEnd() {
    List<Long> starts = drain(constant(new RateCurve.Constant(1000).segments(SECOND), 0, 1));

    assertThat(starts).hasSize(1000);
    for (int i = 0; i < starts.size(); i++) {
      assertThat(starts.get(i)).isCloseTo(i * 1_000_000L, within(2L));
    }
  }

  @Test
  void workersShareTheRateAndInterleave() {
    List<RateSegment> segments = new RateCurve.Constant(1000).segments(SECOND);
    List<Long> first = drain(constant(segments, 0, 2));
    List<Long> second = drain(constant(segments, 1, 2));

    assertThat(first).hasSize(500);
    assertThat(second).hasSize(500);
    assertThat(first.get(1)).isCloseTo(2_000_000L, within(2L));
    assertThat(second.get(0)).isCloseTo(1_000_000L, within(2L));
  }

  @Test
  void aRampFromZeroDeliversTheAreaUnderItWithShrinkingGaps() {
    List<Long> starts = drain(constant(new RateCurve.Ramp(0, 100).segments(SECOND), 0, 1));

    assertThat(starts).hasSize(50);
    assertThat(starts.get(25) / 1e9).isCloseTo(Math.sqrt(25 / 50.0), within(1e-6));
    assertThat(starts.get(1) - starts.get(0)).isGreaterThan(starts.get(49) - starts.get(48));
  }

  @Test
  void stepsHoldEachRateForTheirShareOfTheDuration() {
    List<Long> starts =
        drain(constant(new RateCurve.Steps(List.of(10.0, 20.0)).segments(2 * SECOND), 0, 1));

    assertThat(starts).hasSize(30);
    assertThat(starts.stream().filter(t -> t < SECOND)).hasSize(10);
    assertThat(starts.get(10)).isEqualTo(SECOND);
    assertThat(starts.get(11)).isCloseTo(SECOND + 50_000_000L, within(2L));
  }

  @Test
  void poissonArrivalsAreRepeatableForASeedAndKeepTheMeanRate() {
    List<RateSegment> segments = new RateCurve.Constant(1000).segments(10 * SECOND);
    List<Long> once = drain(new ArrivalSchedule(segments, 0, 1, Arrival.POISSON, 7));
    List<Long> again = drain(new ArrivalSchedule(segments, 0, 1, Arrival.POISSON, 7));
    List<Long> other = drain(new ArrivalSchedule(segments, 0, 1, Arrival.POISSON, 8));

    assertThat(once).isEqualTo(again).isNotEqualTo(other);
    assertThat(once.size()).isCloseTo(10_000, within(400));
    assertThat(once).isSorted();
  }
}
