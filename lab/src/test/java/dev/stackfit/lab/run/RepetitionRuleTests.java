package dev.stackfit.lab.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The repetition rule: within one step agrees; otherwise a majority must, or it is uncertain. */
class RepetitionRuleTests {
  static final List<Double> RATES = List.of(320.0, 640.0, 800.0, 960.0, 1280.0, 1600.0);

  @Test
  void repetitionsOneStepApartAgree() {
    Agreement a = RepetitionRule.judge(List.of(960.0, 1280.0), RATES, 2);

    assertThat(a.agreed()).isTrue();
    assertThat(a.outliers()).isEmpty();
    assertThat(a.spreadSteps()).isEqualTo(1);
    assertThat(RepetitionRule.wantsMore(a, 2, 4)).isFalse();
  }

  @Test
  void repetitionsTwoStepsApartDisagreeAndAskForMore() {
    Agreement a = RepetitionRule.judge(List.of(960.0, 640.0), RATES, 2);

    assertThat(a.agreed()).isFalse();
    assertThat(a.spreadSteps()).isEqualTo(2);
    assertThat(RepetitionRule.wantsMore(a, 2, 4)).isTrue();
    assertThat(RepetitionRule.wantsMore(a, 4, 4)).as("at the limit").isFalse();
  }

  @Test
  void anExtraRepetitionThatSidesWithOneOfThemSettlesIt() {
    Agreement a = RepetitionRule.judge(List.of(960.0, 320.0, 1280.0), RATES, 2);

    assertThat(a.agreed()).isTrue();
    assertThat(a.group()).containsExactly(1, 3);
    assertThat(a.outliers()).containsExactly(2);
    assertThat(a.extraRepetitions()).isEqualTo(1);
  }

  @Test
  void withoutAMajorityWithinOneStepTheyStayUncertain() {
    Agreement a = RepetitionRule.judge(List.of(320.0, 960.0, 1600.0, 960.0), RATES, 2);

    assertThat(a.agreed()).as("two of four is no majority").isFalse();
    assertThat(a.extraRepetitions()).isEqualTo(2);
    assertThat(a.spreadSteps()).isEqualTo(5);
  }

  @Test
  void holdingNothingCountsAsTheStepBelowTheFirst() {
    assertThat(RepetitionRule.stepIndex(0, RATES)).isEqualTo(-1);
    assertThat(RepetitionRule.stepIndex(320, RATES)).isZero();
    assertThat(RepetitionRule.judge(List.of(0.0, 320.0), RATES, 2).agreed()).isTrue();
    assertThat(RepetitionRule.judge(List.of(0.0, 640.0), RATES, 2).agreed()).isFalse();
  }

  @Test
  void aSingleRepetitionAgreesWithItself() {
    assertThat(RepetitionRule.judge(List.of(640.0), RATES, 1).agreed()).isTrue();
  }
}
