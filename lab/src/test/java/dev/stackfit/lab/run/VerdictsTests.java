package dev.stackfit.lab.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.lab.file.Targets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictsTests {
  static final Targets FROM_PROFILE = new Targets(500, 50, "profile team.yaml");

  static StepResult ok(double rate) {
    return new StepResult(rate, rate, (long) rate * 2, 0, 2, 5, 10, 20, 0.5, 100, true, "");
  }

  static StepResult slow(double rate) {
    return new StepResult(
        rate,
        rate,
        (long) rate * 2,
        0,
        20,
        60,
        120,
        300,
        0.9,
        120,
        false,
        "p99 120 ms over the 50 ms target");
  }

  static Measurement measured(StepResult... steps) {
    return new Measurement(350, 80, List.of(steps), false, true, null, Path.of("x.log"));
  }

  @Test
  void aCandidateAboveTheTargetCarriesItWithItsMargin() {
    Measurement m = measured(ok(250), ok(500), ok(1200), slow(1500));

    assertThat(m.maxSustainableRps()).isEqualTo(1200);
    assertThat(Verdicts.of(m, FROM_PROFILE))
        .isEqualTo("carries the 3-year target (500 rps at p99 50.0 ms) with 2.4x margin");
  }

  @Test
  void whenEveryStepHeldTheMarginIsALowerBound() {
    assertThat(Verdicts.of(measured(ok(500), ok(1000)), FROM_PROFILE))
        .startsWith("carries the 3-year target (500 rps at p99 50.0 ms) with at least 2.0x margin");
  }

  @Test
  void aCandidateBelowTheTargetMissesItAboveItsLastSustainedRate() {
    Targets targets = new Targets(2000, 50, "lab file");
    Measurement m = measured(ok(600), ok(1200), slow(1800), slow(2000));

    assertThat(Verdicts.of(m, targets))
        .isEqualTo(
            "misses the p99 target above 1,200 rps, below the target (2,000 rps at p99 50.0 ms)");
  }

  @Test
  void theSustainedRateStopsAtTheFirstMissedStepEvenIfALaterOneRecovers() {
    Measurement m = measured(ok(100), slow(200), ok(300));

    assertThat(m.maxSustainableRps()).isEqualTo(100);
  }

  @Test
  void repetitionsReportTheLowerMedianAndAnyFailureWins() {
    var lab = dev.stackfit.lab.report.SampleLab.lab(FROM_PROFILE);
    var candidate = lab.candidates().get(0);
    Measurement low = measured(ok(250), slow(500));
    Measurement mid = measured(ok(500), ok(750), slow(1000));
    Measurement high = measured(ok(500), ok(1000));

    CandidateResult three = LabRunner.summarise(lab, candidate, List.of(high, low, mid));
    assertThat(three.representative()).isSameAs(mid);
    assertThat(three.sustainedPerRepetition()).containsExactly(1000.0, 250.0, 750.0);
    assertThat(three.atTarget().targetRps()).isEqualTo(500);

    Measurement crashed =
        new Measurement(
            300,
            80,
            List.of(ok(500)),
            false,
            true,
            "crashed (exit code 137) during the step at 750 rps",
            Path.of("x.log"));
    CandidateResult withCrash = LabRunner.summarise(lab, candidate, List.of(high, crashed));
    assertThat(withCrash.representative()).isSameAs(crashed);
    assertThat(withCrash.verdict()).startsWith("failed: crashed (exit code 137)");
  }

  @Test
  void aCandidateThatNeverStartedSaysSo() {
    Measurement m =
        new Measurement(
            -1,
            0,
            List.of(),
            false,
            true,
            "no healthy answer from http://127.0.0.1:8080/ within 400 ms",
            Path.of("x.log"));

    assertThat(Verdicts.of(m, FROM_PROFILE))
        .isEqualTo("did not start: no healthy answer from http://127.0.0.1:8080/ within 400 ms");
    assertThat(m.maxSustainableRps()).isZero();
  }
}
