package dev.stackfit.core.evaluation;

import static dev.stackfit.core.testing.TestFrameworks.TODAY;
import static dev.stackfit.core.testing.TestFrameworks.framework;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.advisories.Advisory;
import dev.stackfit.core.advisories.AdvisoryId;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.CatalogAsOf;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.Level;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.profile.Workload;
import dev.stackfit.core.testing.TestProfiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** What must always hold of the engine's answers, for any traffic, day and catalog (issue 12). */
class DecisionQualityProperties {
  private static final Runtime[] RUNTIMES = Runtime.values();

  private static Evaluation evaluate(Profile p, LocalDate day, List<Framework> frameworks) {
    return Evaluator.evaluate(
        p, new Catalog(TODAY, frameworks), new EvaluationOptions(day, 1, 0, Optional.empty()));
  }

  private static Framework runtimeFramework(String id, Runtime runtime, int fortunes) {
    return framework(id)
        .runtime(runtime)
        .languages(runtime == Runtime.NATIVE ? Language.GO : Language.JAVA)
        .fortunes(fortunes)
        .build();
  }

  /** On scale-fit, more traffic never raises a slower framework over a faster one. */
  @Property(tries = 200)
  void moreTrafficNeverHelpsTheSlowerFrameworkOnScaleFit(
      @ForAll @IntRange(min = 1_000, max = 400_000) int slowFortunes,
      @ForAll @IntRange(min = 1, max = 20) int speedup,
      @ForAll @IntRange(min = 0, max = 7) int runtimeIndex,
      @ForAll @IntRange(min = 1, max = 200_000) int rps,
      @ForAll @IntRange(min = 2, max = 10) int factor) {
    Runtime runtime = RUNTIMES[runtimeIndex];
    Framework slow = runtimeFramework("slow", runtime, slowFortunes);
    Framework fast = runtimeFramework("fast", runtime, slowFortunes * speedup);
    double before = gap(slow, fast, rps);
    double after = gap(slow, fast, rps * factor);
    assertThat(after).isGreaterThanOrEqualTo(before - 1e-12);
  }

  private static double gap(Framework slow, Framework fast, int rps) {
    Profile p = TestProfiles.profile().traffic(rps, rps, 500).workload(Workload.MIXED).build();
    Evaluation e = evaluate(p, TODAY, List.of(slow, fast));
    return score(e, "fast") - score(e, "slow");
  }

  private static double score(Evaluation e, String id) {
    return e.ranking().stream()
        .filter(r -> r.framework().id().equals(id))
        .findFirst()
        .orElseThrow()
        .criteria()
        .get(Criterion.SCALE_FIT)
        .score();
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers()
        .between(2005, 2026)
        .flatMap(y -> Arbitraries.integers().between(1, 365).map(d -> LocalDate.ofYearDay(y, d)));
  }

  /** Nothing first released after the evaluation day is ranked, and no age is negative. */
  @Property(tries = 200)
  void nothingReleasedAfterTheDayRanks(
      @ForAll("days") LocalDate day, @ForAll @IntRange(min = 2004, max = 2026) int year) {
    List<Framework> frameworks = new ArrayList<>();
    frameworks.add(framework("old").firstRelease(2004).build());
    frameworks.add(framework("dated").firstReleased(LocalDate.ofYearDay(year, 100)).build());
    frameworks.add(framework("year").firstRelease(year).build());
    Evaluation e = evaluate(TestProfiles.profile().build(), day, frameworks);
    for (RankedFramework r : e.ranking()) {
      assertThat(CatalogAsOf.firstReleased(r.framework())).isBeforeOrEqualTo(day);
      r.criteria().values().stream()
          .flatMap(c -> c.reasons().stream())
          .forEach(reason -> assertThat(reason).doesNotContainPattern("\\(-\\d+ years?\\)"));
    }
  }

  /** An add-on never appears as its base's rival, whatever the profile needs. */
  @Property(tries = 100)
  void anAddOnNeverAppearsBesideItsBase(@ForAll @IntRange(min = 0, max = 15) int need) {
    Feature feature = Feature.values()[need % Feature.values().length];
    Framework base = framework("base").build();
    Framework addOn =
        framework("addon").extendsFramework("base").feature(feature, Support.BUILT_IN).build();
    Evaluation e =
        evaluate(TestProfiles.profile().needs(feature).build(), TODAY, List.of(base, addOn));
    assertThat(e.ranking()).extracting(r -> r.framework().id()).containsExactly("base");
    assertThat(e.shortlist().ids()).doesNotContain("addon");
  }

  /**
   * An advisory that names frameworks is consistent with the ranking: the extreme-performance
   * advisory, naming compiled runtimes, says why when a non-native option ranks first.
   */
  @Property(tries = 100)
  void anAdvisoryThatNamesNativeFrameworksExplainsANonNativeWinner(
      @ForAll @IntRange(min = 100_000, max = 1_000_000) int rps,
      @ForAll @IntRange(min = 0, max = 3) int level) {
    Framework jvm = runtimeFramework("jvm", Runtime.JVM, 20_000);
    Framework go =
        framework("go")
            .runtime(Runtime.NATIVE)
            .languages(Language.GO)
            .model(RequestModel.GOROUTINES)
            .fortunes(90_000)
            .build();
    Profile p =
        TestProfiles.profile()
            .knows(Language.JAVA, Level.values()[level])
            .traffic(rps, rps, 200)
            .build();
    Evaluation e = evaluate(p, TODAY, List.of(jvm, go));
    Advisory extreme =
        e.advisories().stream()
            .filter(a -> a.id() == AdvisoryId.EXTREME_PERFORMANCE)
            .findFirst()
            .orElseThrow();
    if (e.ranking().get(0).framework().runtime().value() != Runtime.NATIVE) {
      assertThat(extreme.message()).contains("still ranks above");
    } else {
      assertThat(extreme.message()).doesNotContain("still ranks above");
    }
  }
}
