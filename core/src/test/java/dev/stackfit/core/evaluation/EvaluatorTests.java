package dev.stackfit.core.evaluation;

import static dev.stackfit.core.testing.TestFrameworks.TODAY;
import static dev.stackfit.core.testing.TestFrameworks.framework;
import static dev.stackfit.core.testing.TestProfiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.profile.Constraints;
import dev.stackfit.core.profile.Level;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluatorTests {
  private static final List<Framework> FRAMEWORKS =
      List.of(
          framework("alpha").languages(Language.JAVA).fortunes(20_000).build(),
          framework("beta")
              .languages(Language.PYTHON)
              .runtime(Runtime.CPYTHON)
              .fortunes(14_000)
              .build(),
          framework("gamma")
              .languages(Language.GO)
              .runtime(Runtime.NATIVE)
              .fortunes(90_000)
              .build(),
          framework("delta").languages(Language.PHP).runtime(Runtime.PHP).fortunes(7_000).build());

  private static Evaluation evaluate(dev.stackfit.core.profile.Profile p) {
    return Evaluator.evaluate(
        p, new Catalog(TODAY, FRAMEWORKS), new EvaluationOptions(TODAY, 1, 2000, Optional.empty()));
  }

  @Test
  void ranksBestFirstWithConsecutiveRanksAndAShortlistOfTwoOrThree() {
    Evaluation e = evaluate(profile().knows(Language.PYTHON, Level.EXPERT).build());
    assertThat(e.ranking()).extracting(RankedFramework::rank).containsExactly(1, 2, 3, 4);
    for (int i = 1; i < e.ranking().size(); i++) {
      assertThat(e.ranking().get(i - 1).score()).isGreaterThanOrEqualTo(e.ranking().get(i).score());
    }
    assertThat(e.winner().orElseThrow().framework().id()).isEqualTo("beta");
    assertThat(e.shortlist()).hasSizeBetween(2, 3).startsWith("beta");
  }

  @Test
  void excludedFrameworksCarryEveryReasonAndDoNotRank() {
    Constraints noPhp =
        new Constraints(
            Set.of(), Set.of(Language.PHP), Set.of(), Set.of(), Set.of(), List.of(), Set.of());
    Evaluation e = evaluate(profile().constraints(noPhp).build());
    assertThat(e.excluded())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.framework().id()).isEqualTo("delta");
              assertThat(x.reasons()).containsExactly("language php is excluded");
            });
    assertThat(e.ranking()).extracting(r -> r.framework().id()).doesNotContain("delta");
  }

  @Test
  void noSurvivorsGivesAnEmptyRankingAndAnAdvisoryThatSaysSo() {
    Constraints onlyElixir =
        new Constraints(
            Set.of(Language.ELIXIR), Set.of(), Set.of(), Set.of(), Set.of(), List.of(), Set.of());
    Evaluation e = evaluate(profile().constraints(onlyElixir).build());
    assertThat(e.ranking()).isEmpty();
    assertThat(e.shortlist()).isEmpty();
    assertThat(e.advisories().get(e.advisories().size() - 1).message())
        .contains("no framework passed the constraints");
  }

  @Test
  void shortlistDropsAThirdCandidateFarBehindTheWinner() {
    assertThat(Evaluator.shortlist(List.of(ranked("a", 0.9), ranked("b", 0.8), ranked("c", 0.76))))
        .containsExactly("a", "b", "c");
    assertThat(Evaluator.shortlist(List.of(ranked("a", 0.9), ranked("b", 0.8), ranked("c", 0.74))))
        .containsExactly("a", "b");
  }

  private static RankedFramework ranked(String id, double score) {
    return new RankedFramework(1, framework(id).build(), score, java.util.Map.of(), List.of());
  }
}
