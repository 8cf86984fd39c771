package dev.stackfit.core.evaluation;

import static dev.stackfit.core.testing.TestFrameworks.TODAY;
import static dev.stackfit.core.testing.TestFrameworks.framework;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.LearningCurve;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Structure;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.Constraints;
import dev.stackfit.core.profile.Level;
import dev.stackfit.core.profile.PairwiseJudgment;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.profile.Turnover;
import dev.stackfit.core.profile.WeightSpec;
import dev.stackfit.core.scoring.Scoring;
import dev.stackfit.core.scoring.ScoringContext;
import dev.stackfit.core.testing.TestProfiles;
import dev.stackfit.core.weights.WeightResolver;
import dev.stackfit.core.weights.Weights;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Properties the engine must hold for any profile and catalog. */
class EvaluatorProperties {
  private static final List<Language> LANGUAGES = List.of(Language.values());

  @Provide
  Arbitrary<Profile> profiles() {
    Arbitrary<Integer> size = Arbitraries.integers().between(1, 40);
    Arbitrary<Double> lifespan = Arbitraries.doubles().between(0.1, 12).ofScale(1);
    Arbitrary<Integer> peak = Arbitraries.integers().between(0, 400_000);
    Arbitrary<Integer> p99 = Arbitraries.integers().between(1, 2000);
    Arbitrary<Language> language = Arbitraries.of(LANGUAGES);
    Arbitrary<Level> level = Arbitraries.of(Level.values());
    Arbitrary<Turnover> turnover = Arbitraries.of(Turnover.values());
    Arbitrary<Boolean> distributed = Arbitraries.of(true, false);
    return Combinators.combine(size, lifespan, peak, p99, language, level, turnover, distributed)
        .as(
            (s, l, pk, p, lang, lev, t, d) -> {
              TestProfiles b =
                  TestProfiles.profile()
                      .size(s)
                      .lifespan(l)
                      .traffic(pk / 10, pk, p)
                      .knows(lang, lev)
                      .turnover(t);
              return (d ? b.distributed() : b).build();
            });
  }

  private static List<Framework> catalog() {
    return List.of(
        framework("a").languages(Language.JAVA, Language.KOTLIN).fortunes(20_000).build(),
        framework("b")
            .languages(Language.PYTHON)
            .runtime(Runtime.CPYTHON)
            .structure(Structure.FLEXIBLE)
            .fortunes(14_000)
            .build(),
        framework("c")
            .languages(Language.GO)
            .runtime(Runtime.NATIVE)
            .model(RequestModel.GOROUTINES)
            .curve(LearningCurve.LOW)
            .fortunes(90_000)
            .build(),
        framework("d")
            .languages(Language.TYPESCRIPT)
            .runtime(Runtime.NODE)
            .model(RequestModel.EVENT_LOOP)
            .fortunes(40_000)
            .build(),
        framework("e")
            .languages(Language.RUST)
            .runtime(Runtime.NATIVE)
            .model(RequestModel.ASYNC_AWAIT)
            .curve(LearningCurve.STEEP)
            .preOne()
            .build(),
        framework("f")
            .languages(Language.PHP)
            .runtime(Runtime.PHP)
            .license("MIT OR Apache-2.0")
            .build());
  }

  private static Evaluation evaluate(Profile profile, List<Framework> frameworks) {
    return Evaluator.evaluate(
        profile,
        new Catalog(TODAY, frameworks),
        new EvaluationOptions(TODAY, 3, 200, Optional.empty()));
  }

  @Property(tries = 200)
  void weightsSumToOneAndLieInTheUnitInterval(@ForAll("profiles") Profile profile) {
    Weights w = WeightResolver.resolve(profile);
    assertThat(w.values().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1, within(1e-9));
    w.values().values().forEach(v -> assertThat(v).isBetween(0.0, 1.0));
  }

  @Property(tries = 100)
  void directWeightsSumToOne(
      @ForAll @DoubleRange(min = 0.01, max = 100) double a,
      @ForAll @DoubleRange(min = 0, max = 100) double b) {
    Weights w =
        WeightResolver.resolve(
            TestProfiles.profile()
                .weights(
                    new WeightSpec.Direct(Map.of(Criterion.SCALE_FIT, a, Criterion.FEATURE_FIT, b)))
                .build());
    assertThat(w.values().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1, within(1e-9));
  }

  @Property(tries = 100)
  void anExcludedFrameworkNeverRanks(
      @ForAll("profiles") Profile base, @ForAll @IntRange(min = 0, max = 5) int excludedIndex) {
    Language excluded = catalog().get(excludedIndex).language();
    Profile profile =
        new Profile(
            base.name(),
            base.team(),
            base.project(),
            base.operations(),
            new Constraints(
                Set.of(), Set.of(excluded), Set.of(), Set.of(), Set.of(), List.of(), Set.of()),
            base.weights());
    Evaluation e = evaluate(profile, catalog());
    for (RankedFramework r : e.ranking()) {
      assertThat(r.framework().languages().value()).isNotEqualTo(List.of(excluded));
    }
    assertThat(e.ranking().size() + e.excluded().size()).isEqualTo(catalog().size());
  }

  @Property(tries = 200)
  void raisingTheTeamsLevelInAFrameworksLanguageNeverLowersItsTeamExpertise(
      @ForAll("profiles") Profile base, @ForAll @IntRange(min = 0, max = 5) int index) {
    Framework framework = catalog().get(index);
    ScoringContext context =
        new ScoringContext(new Catalog(TODAY, catalog()), TODAY, Optional.empty());
    double previous = -1;
    for (Level level : Level.values()) {
      List<dev.stackfit.core.profile.Skill> skills = new ArrayList<>(base.team().skills());
      skills.add(dev.stackfit.core.profile.Skill.language(framework.language(), level));
      Profile raised =
          new Profile(
              base.name(),
              new dev.stackfit.core.profile.Team(
                  base.team().size(),
                  base.team().distributed(),
                  base.team().turnover(),
                  base.team().asyncExperience(),
                  skills),
              base.project(),
              base.operations(),
              base.constraints(),
              base.weights());
      double score =
          Scoring.score(framework, raised, context).get(Criterion.TEAM_EXPERTISE).score();
      assertThat(score).isGreaterThanOrEqualTo(previous - 1e-12);
      previous = score;
    }
  }

  @Property(tries = 100)
  void aPerfectlyConsistentAhpMatrixReturnsItsExactWeightsWithZeroCr(
      @ForAll @DoubleRange(min = 0.2, max = 5) double a,
      @ForAll @DoubleRange(min = 0.2, max = 5) double b,
      @ForAll @DoubleRange(min = 0.2, max = 5) double c,
      @ForAll @DoubleRange(min = 0.2, max = 5) double d) {
    double[] raw = {a, b, c, d};
    Criterion[] cs = {
      Criterion.TEAM_EXPERTISE,
      Criterion.SCALE_FIT,
      Criterion.ECOSYSTEM_HEALTH,
      Criterion.FEATURE_FIT
    };
    List<PairwiseJudgment> judgments = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      for (int j = i + 1; j < raw.length; j++) {
        double ratio = raw[i] / raw[j];
        if (ratio < 1.0 / 9 || ratio > 9) {
          return; // outside Saaty's scale: not a valid matrix
        }
        judgments.add(new PairwiseJudgment(cs[i], cs[j], ratio));
      }
    }
    Weights w =
        WeightResolver.resolve(
            TestProfiles.profile().weights(new WeightSpec.Pairwise(judgments)).build());
    double sum = a + b + c + d;
    for (int i = 0; i < raw.length; i++) {
      assertThat(w.of(cs[i])).isCloseTo(raw[i] / sum, within(1e-9));
    }
    assertThat(w.consistencyRatio().getAsDouble()).isCloseTo(0, within(1e-9));
  }

  @Property(tries = 50)
  void rankingDoesNotDependOnCatalogFileOrder(
      @ForAll("profiles") Profile profile, @ForAll long shuffleSeed) {
    List<Framework> shuffled = new ArrayList<>(catalog());
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    Evaluation one = evaluate(profile, catalog());
    Evaluation two = evaluate(profile, shuffled);
    assertThat(two.ranking())
        .extracting(r -> r.framework().id())
        .containsExactlyElementsOf(one.ranking().stream().map(r -> r.framework().id()).toList());
    assertThat(two.sensitivity().winnerProbability())
        .isEqualTo(one.sensitivity().winnerProbability());
    Map<Criterion, Double> scoresOne = new EnumMap<>(Criterion.class);
    one.ranking().get(0).criteria().forEach((c, s) -> scoresOne.put(c, s.score()));
    Map<Criterion, Double> scoresTwo = new EnumMap<>(Criterion.class);
    two.ranking().get(0).criteria().forEach((c, s) -> scoresTwo.put(c, s.score()));
    assertThat(scoresTwo).isEqualTo(scoresOne);
  }

  @Property(tries = 100)
  void everyScoreLiesInTheUnitInterval(@ForAll("profiles") Profile profile) {
    for (RankedFramework r : evaluate(profile, catalog()).ranking()) {
      assertThat(r.score()).isBetween(0.0, 1.0);
      r.criteria()
          .values()
          .forEach(
              c -> {
                assertThat(c.score()).isBetween(0.0, 1.0);
                c.subFactors().forEach(s -> assertThat(s.score()).isBetween(0.0, 1.0));
              });
    }
  }
}
