package dev.stackfit.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.stackfit.core.StackfitException;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.PairwiseJudgment;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupAggregationTests {
  private static final List<Criterion> CRITERIA =
      List.of(Criterion.TEAM_EXPERTISE, Criterion.SCALE_FIT);
  private static final List<String> FRAMEWORKS = List.of("django", "spring-boot");

  private static Ballot sliders(
      String who,
      double team,
      double scale,
      int djangoTeam,
      int djangoScale,
      int springTeam,
      int springScale) {
    Map<Criterion, Double> w = new EnumMap<>(Criterion.class);
    w.put(Criterion.TEAM_EXPERTISE, team);
    w.put(Criterion.SCALE_FIT, scale);
    return new Ballot(
        who,
        w,
        List.of(),
        ratings(djangoTeam, djangoScale, springTeam, springScale),
        Map.of(),
        "",
        Map.of("django", 4));
  }

  private static Map<String, Map<Criterion, Integer>> ratings(int dt, int ds, int st, int ss) {
    Map<String, Map<Criterion, Integer>> r = new LinkedHashMap<>();
    r.put("django", Map.of(Criterion.TEAM_EXPERTISE, dt, Criterion.SCALE_FIT, ds));
    r.put("spring-boot", Map.of(Criterion.TEAM_EXPERTISE, st, Criterion.SCALE_FIT, ss));
    return r;
  }

  @Test
  void identicalBallotsGiveTheirOwnResultFullConcordanceAndNoDisagreement() {
    GroupResult r =
        GroupAggregation.aggregate(
            CRITERIA,
            FRAMEWORKS,
            List.of(
                sliders("ana", 3, 1, 5, 3, 2, 5),
                sliders("bo", 3, 1, 5, 3, 2, 5),
                sliders("cy", 3, 1, 5, 3, 2, 5)));
    assertThat(r.aijWeights().get(Criterion.TEAM_EXPERTISE)).isCloseTo(0.75, within(1e-9));
    assertThat(r.aijScores().get("django")).isCloseTo(0.75 * 1 + 0.25 * 0.5, within(1e-9));
    assertThat(r.aipScores().get("django")).isCloseTo(r.aijScores().get("django"), within(1e-9));
    assertThat(r.ranking()).containsExactly("django", "spring-boot");
    assertThat(r.kendallW()).isCloseTo(1, within(1e-9));
    assertThat(r.weightDisagreement().get(Criterion.SCALE_FIT)).isZero();
    assertThat(r.outliers()).isEmpty();
    assertThat(r.enjoyment().get("django")).isEqualTo(4.0);
  }

  @Test
  void aijUsesTheGeometricMeanOfJudgmentsWhichKeepsReciprocity() {
    // Weight ratios 2, 8 and 4 (team : scale): geometric mean 4, so AIJ weights are 0.8 / 0.2.
    GroupResult r =
        GroupAggregation.aggregate(
            CRITERIA,
            FRAMEWORKS,
            List.of(
                sliders("a", 2, 1, 3, 3, 3, 3),
                sliders("b", 8, 1, 3, 3, 3, 3),
                sliders("c", 4, 1, 3, 3, 3, 3)));
    assertThat(r.aijWeights().get(Criterion.TEAM_EXPERTISE)).isCloseTo(0.8, within(1e-9));
    assertThat(r.weightDisagreement().get(Criterion.TEAM_EXPERTISE)).isGreaterThan(0);
  }

  @Test
  void aDissenterIsFlaggedAsAnOutlierToTalkToNotOutvoted() {
    GroupResult r =
        GroupAggregation.aggregate(
            CRITERIA,
            FRAMEWORKS,
            List.of(
                sliders("ana", 3, 1, 5, 3, 2, 4),
                sliders("bo", 3, 1, 5, 3, 2, 4),
                sliders("cy", 1, 3, 3, 2, 4, 5)));
    assertThat(r.ranking().get(0)).isEqualTo("django");
    assertThat(r.outliers())
        .singleElement()
        .asString()
        .startsWith("cy ranks spring-boot first where the group ranks django first");
    assertThat(r.kendallW()).isLessThan(1);
    assertThat(r.frameworkDisagreement().get("spring-boot")).isGreaterThan(0);
  }

  @Test
  void pairwiseBallotsAreWeightedByTheirEigenvector() {
    Ballot ahp =
        new Ballot(
            "dee",
            Map.of(),
            List.of(new PairwiseJudgment(Criterion.TEAM_EXPERTISE, Criterion.SCALE_FIT, 3)),
            ratings(5, 1, 1, 5),
            Map.of(),
            "",
            Map.of());
    GroupResult r = GroupAggregation.aggregate(CRITERIA, FRAMEWORKS, List.of(ahp));
    assertThat(r.individual().get(0).weights().get(Criterion.TEAM_EXPERTISE))
        .isCloseTo(0.75, within(1e-9));
    assertThat(r.kendallW()).isNaN();
  }

  @Test
  void missingRatingsAreRefusedNamingTheParticipant() {
    Ballot partial =
        new Ballot(
            "eve",
            Map.of(Criterion.TEAM_EXPERTISE, 1.0, Criterion.SCALE_FIT, 1.0),
            List.of(),
            Map.of("django", Map.of(Criterion.TEAM_EXPERTISE, 3)),
            Map.of(),
            "",
            Map.of());
    assertThatThrownBy(() -> GroupAggregation.aggregate(CRITERIA, FRAMEWORKS, List.of(partial)))
        .isInstanceOf(StackfitException.class)
        .hasMessageContaining("eve has not rated django");
  }

  @Test
  void kendallWMatchesAHandComputedExample() {
    // Three raters ranking a, b, c: rank sums 3, 6, 9 -> S = 18, W = 12*18 / (9 * 24) = 1.
    assertThat(
            Concordance.kendallW(
                List.of(List.of("a", "b", "c"), List.of("a", "b", "c"), List.of("a", "b", "c")),
                List.of("a", "b", "c")))
        .isCloseTo(1, within(1e-12));
    // Rankings a>b>c and c>b>a: rank sums 4, 4, 4 -> W = 0.
    assertThat(
            Concordance.kendallW(
                List.of(List.of("a", "b", "c"), List.of("c", "b", "a")), List.of("a", "b", "c")))
        .isCloseTo(0, within(1e-12));
    assertThat(Concordance.spearman(List.of("a", "b", "c"), List.of("c", "b", "a")))
        .isCloseTo(-1, within(1e-12));
  }

  @Test
  void convergenceIsReportedAcrossRounds() {
    GroupResult first =
        GroupAggregation.aggregate(
            CRITERIA,
            FRAMEWORKS,
            List.of(sliders("ana", 3, 1, 5, 3, 2, 5), sliders("cy", 1, 3, 2, 1, 4, 5)));
    GroupResult second =
        GroupAggregation.aggregate(
            CRITERIA,
            FRAMEWORKS,
            List.of(sliders("ana", 3, 1, 5, 3, 2, 5), sliders("cy", 2, 1, 4, 3, 3, 4)));
    List<Convergence.Round> rounds = Convergence.of(List.of(first, second));
    assertThat(rounds).extracting(Convergence.Round::round).containsExactly(1, 2);
    assertThat(Convergence.converging(rounds)).isTrue();
  }
}
