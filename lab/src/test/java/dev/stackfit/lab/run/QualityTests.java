package dev.stackfit.lab.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.evidence.EvidenceQuality;
import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.file.LoadSteps;
import dev.stackfit.lab.file.Targets;
import dev.stackfit.lab.machine.CpuShares;
import dev.stackfit.lab.machine.StepConditions;
import dev.stackfit.lab.report.SampleLab;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Machine-bound and uncertain figures: verdicts that say so instead of "misses". */
class QualityTests {
  static final Targets TARGETS = new Targets(800, 300, "profile js-team.yaml");
  static final List<Double> RATES = List.of(320.0, 640.0, 800.0, 960.0, 1280.0, 1600.0);
  static final StepConditions ROOMY =
      new StepConditions(new CpuShares(0.4, 0.1, 0.5, 0, 0), 1.2, 10, 3, 0.4, 0);
  static final StepConditions SATURATED =
      new StepConditions(new CpuShares(0.8, 0.19, 0.01, 0, 0), 9.5, 10, 3, 0.4, 0);

  static StepResult step(double rate, boolean held, StepConditions c) {
    return new StepResult(
        rate,
        held ? rate : rate * 0.7,
        (long) rate * 10,
        0,
        2,
        10,
        held ? 40 : 900,
        1200,
        rate / 100,
        120,
        held,
        held ? "" : "p99 900 ms over the 300 ms target",
        c,
        dev.stackfit.lab.machine.MachineBound.reasons(c, 300));
  }

  /** Held every rate up to {@code held}, then missed the next in {@code conditions}. */
  static Measurement climbed(double held, StepConditions conditions) {
    List<StepResult> steps = new ArrayList<>();
    for (double rate : RATES) {
      if (rate <= held) {
        steps.add(step(rate, true, ROOMY));
      } else {
        steps.add(step(rate, false, conditions));
        break;
      }
    }
    return new Measurement(500, 100, steps, false, true, null, Path.of("x.log"));
  }

  static LabFile lab(int repetitions, int maxRepetitions) {
    LabFile sample = SampleLab.lab(TARGETS);
    return new LabFile(
        sample.source(),
        sample.name(),
        sample.candidates(),
        sample.scenario(),
        TARGETS,
        new LoadSteps(
            Duration.ofSeconds(1), Duration.ofSeconds(10), 5, 2, Duration.ofSeconds(2), 0.01),
        repetitions,
        null,
        3,
        maxRepetitions);
  }

  @Test
  void aMissInAMachineBoundStepIsALowerBoundNotAMiss() {
    Measurement m = climbed(640, SATURATED);

    assertThat(m.limitMachineBound()).isTrue();
    assertThat(Verdicts.of(m, TARGETS))
        .isEqualTo(
            "held 640 rps, a lower bound: the step at 800 rps was machine-bound (no idle CPU: 1.0%"
                + " idle over the step (below 5.0%)), so this run cannot tell whether it carries"
                + " the 3-year target (800 rps at p99 300 ms)")
        .doesNotContain("misses");
  }

  @Test
  void aCleanMissStillMisses() {
    assertThat(Verdicts.of(climbed(640, ROOMY), TARGETS))
        .startsWith("misses the p99 target above 640 rps");
  }

  @Test
  void carryingTheTargetBelowAMachineBoundStepMakesItsMarginALowerBound() {
    assertThat(Verdicts.of(climbed(960, SATURATED), TARGETS))
        .startsWith("carries the 3-year target (800 rps at p99 300 ms) with at least 1.2x margin;")
        .contains("the step at 1,280 rps was machine-bound");
  }

  @Test
  void machineBoundFiguresAreMarkedForTheEvidence() {
    LabFile lab = lab(1, 1);
    CandidateResult c =
        LabRunner.summarise(lab, lab.candidates().get(0), List.of(climbed(640, SATURATED)));

    assertThat(c.quality()).isEqualTo(EvidenceQuality.MACHINE_BOUND);
    assertThat(c.qualityNote()).startsWith("the step at 800 rps: no idle CPU");
  }

  @Test
  void repetitionsThatStillDisagreeAtTheLimitAreUncertain() {
    LabFile lab = lab(2, 3);
    List<Measurement> runs =
        List.of(climbed(1280, ROOMY), climbed(320, ROOMY), climbed(800, ROOMY));

    CandidateResult c = LabRunner.summarise(lab, lab.candidates().get(0), runs);

    assertThat(c.agreement().agreed()).isFalse();
    assertThat(c.quality()).isEqualTo(EvidenceQuality.UNCERTAIN);
    assertThat(c.verdict())
        .isEqualTo(
            "uncertain: repetitions held 1,280, 320 and 800 rps, more than one step apart, even"
                + " after 1 extra repetition; the median one carries the 3-year target (800 rps"
                + " at p99 300 ms) with 1.0x margin");
  }

  @Test
  void agreeingRepetitionsNameTheOutlierTheySetAside() {
    LabFile lab = lab(2, 4);
    List<Measurement> runs =
        List.of(climbed(960, ROOMY), climbed(320, ROOMY), climbed(1280, ROOMY));

    CandidateResult c = LabRunner.summarise(lab, lab.candidates().get(0), runs);

    assertThat(c.quality()).isEqualTo(EvidenceQuality.CLEAN);
    assertThat(c.verdict())
        .endsWith("; 2 of 3 repetitions agree, repetition 2 (320 rps) set aside");
    assertThat(c.maxSustainableRps()).isEqualTo(960);
  }

  @Test
  void cpuCostPerThousandRequestsIsTakenPerStepAndRepetition() {
    StepResult s = step(800, true, ROOMY);

    // 8 CPU seconds for 8,000 answered requests.
    assertThat(s.cpuPer1000Requests()).isEqualTo(1.0);
    LabFile lab = lab(2, 2);
    CandidateResult c =
        LabRunner.summarise(
            lab, lab.candidates().get(0), List.of(climbed(960, ROOMY), climbed(1280, ROOMY)));
    assertThat(c.cpuPer1000At(800)).isEqualTo(new Spread(2, 1.0, 1.0, 1.0));
  }
}
