package dev.stackfit.core.scoring;

import static dev.stackfit.core.testing.TestFrameworks.TODAY;
import static dev.stackfit.core.testing.TestFrameworks.framework;
import static dev.stackfit.core.testing.TestProfiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Health;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.RuntimeLifecycle;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.evaluation.EvaluationOptions;
import dev.stackfit.core.evaluation.Evaluator;
import dev.stackfit.core.evaluation.RankedFramework;
import dev.stackfit.core.profile.Profile;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EcosystemHealthTests {
  private static final LocalDate HEALTH_DATE = LocalDate.of(2026, 8, 22);

  private static Optional<SubFactorScore> part(
      Framework framework, Profile profile, Catalog catalog, String id) {
    ScoringContext context = new ScoringContext(catalog, TODAY, Optional.empty());
    return new EcosystemHealth()
        .score(framework, profile, context).subFactors().stream()
            .filter(s -> s.id().equals(id))
            .findFirst();
  }

  private static SubFactorScore part(Framework framework, String id) {
    Catalog empty = new Catalog(TODAY, List.of());
    return part(framework, profile().lifespan(5).build(), empty, id)
        .orElseThrow(() -> new AssertionError("no sub-factor " + id));
  }

  private static Health health(Double perYear, Double firstResponseDays, Integer absence) {
    return new Health(
        HEALTH_DATE, "src", 1000, 50, perYear, firstResponseDays, 0.8, absence, 7.0, false);
  }

  private static RuntimeLifecycle node(LocalDate eol) {
    Release line = new Release("22", LocalDate.of(2024, 4, 24), null, eol, true);
    return new RuntimeLifecycle(
        Runtime.NODE,
        "Node.js",
        List.of(),
        Optional.empty(),
        Fact.of(List.of(line), "eol", LocalDate.of(2026, 8, 1)),
        Map.of());
  }

  @Test
  void aRuntimeLineEndingInsideTheLifespanCostsPointsAndNamesTheDate() {
    Framework express = framework("express").runtime(Runtime.NODE).build();
    Profile fiveYears = profile().lifespan(5).build();
    Catalog dying =
        new Catalog(TODAY, List.of(), Map.of(Runtime.NODE, node(LocalDate.of(2027, 4, 30))));
    Catalog lasting =
        new Catalog(TODAY, List.of(), Map.of(Runtime.NODE, node(LocalDate.of(2035, 4, 30))));
    SubFactorScore short_ = part(express, fiveYears, dying, "runtime-horizon").orElseThrow();
    SubFactorScore long_ = part(express, fiveYears, lasting, "runtime-horizon").orElseThrow();
    assertThat(short_.score()).isLessThan(long_.score());
    assertThat(short_.reasons().get(0))
        .contains("Node.js 22 (LTS) reaches end of life 2027-04-30")
        .contains("inside the 5.0-year lifespan")
        .contains("as of 2026-08-01");
    assertThat(long_.score()).isEqualTo(1.0);
  }

  @Test
  void aRuntimeLifecycleForOtherLanguagesDoesNotApply() {
    RuntimeLifecycle go =
        new RuntimeLifecycle(
            Runtime.NATIVE,
            "Go",
            List.of(Language.GO),
            Optional.empty(),
            Fact.of(List.of(), "eol", TODAY),
            Map.of());
    Framework axum = framework("axum").languages(Language.RUST).runtime(Runtime.NATIVE).build();
    Catalog catalog = new Catalog(TODAY, List.of(), Map.of(Runtime.NATIVE, go));
    assertThat(part(axum, profile().build(), catalog, "runtime-horizon")).isEmpty();
  }

  @Test
  void theLongestSupportedLineCountsNotTheNewest() {
    Release newest =
        new Release("6.0", LocalDate.of(2025, 12, 3), null, LocalDate.of(2027, 4, 30), false);
    Release lts =
        new Release("5.2", LocalDate.of(2025, 4, 2), null, LocalDate.of(2032, 4, 30), true);
    SubFactorScore s = part(framework("web").releases(newest, lts).build(), "support-horizon");
    assertThat(s.score()).isEqualTo(1.0);
    assertThat(s.reasons().get(0)).startsWith("line 5.2 (LTS) is supported until 2032-04-30");
  }

  @Test
  void linesThatHaveAllEndedScoreLowWithoutAPolicy() {
    Release old = new Release("1", LocalDate.of(2019, 1, 1), null, LocalDate.of(2023, 1, 1), false);
    SubFactorScore s = part(framework("old").releases(old).build(), "support-horizon");
    assertThat(s.score()).isEqualTo(0.2);
    assertThat(s.reasons().get(0)).contains("has passed it");
  }

  @Test
  void aSmallContributorSpreadScoresLowerAndSaysWhy() {
    SubFactorScore solo =
        part(framework("solo").health(health(12.0, 1.0, 1)).build(), "contributor-spread");
    SubFactorScore team =
        part(framework("team").health(health(12.0, 1.0, 6)).build(), "contributor-spread");
    assertThat(solo.score()).isLessThan(team.score());
    assertThat(solo.reasons().get(0))
        .contains("contributor absence factor 1")
        .contains("as of 2026-08-22")
        .contains("one person makes half of the commits");
  }

  @Test
  void slowResponsesAndRareReleasesCostPoints() {
    Framework quick = framework("quick").health(health(12.0, 1.0, 5)).build();
    Framework slow = framework("slow").health(health(0.5, 45.0, 5)).build();
    assertThat(part(slow, "responsiveness").score())
        .isLessThan(part(quick, "responsiveness").score());
    assertThat(part(slow, "release-cadence").score())
        .isLessThan(part(quick, "release-cadence").score());
    assertThat(part(slow, "responsiveness").reasons().get(0)).contains("45.0 days");
  }

  @Test
  void staleHealthFiguresAreFlaggedInTheReasons() {
    Health old =
        new Health(LocalDate.of(2024, 1, 1), "src", null, null, 4.0, null, null, null, null, false);
    SubFactorScore s = part(framework("dated").health(old).build(), "release-cadence");
    assertThat(s.reasons().get(0)).contains("as of 2024-01-01").contains("stale");
  }

  @Test
  void anArchivedRepositoryScoresZeroOnCommunity() {
    Health archived = new Health(HEALTH_DATE, "src", 10, 1, null, null, null, null, null, true);
    SubFactorScore s = part(framework("gone").health(archived).build(), "community");
    assertThat(s.score()).isZero();
    assertThat(s.reasons().get(0)).contains("archived");
  }

  @Test
  void preOneInALongLivedSystemIsCappedHarder() {
    Framework young = framework("young").firstRelease(2024).preOne().build();
    Catalog empty = new Catalog(TODAY, List.of());
    SubFactorScore longLived =
        part(young, profile().lifespan(5).build(), empty, "maturity").orElseThrow();
    SubFactorScore prototype =
        part(young, profile().lifespan(0.5).build(), empty, "maturity").orElseThrow();
    assertThat(longLived.score()).isLessThan(prototype.score());
    assertThat(longLived.reasons().get(0)).contains("5.0-year system");
  }

  @Test
  void aFrameworkWhoseLineDiesInsideTheLifespanRanksLowerWithTheReason() {
    Release dyingLine =
        new Release("4", LocalDate.of(2024, 1, 1), null, LocalDate.of(2027, 6, 30), false);
    Release lastingLine =
        new Release("4", LocalDate.of(2024, 1, 1), null, LocalDate.of(2033, 6, 30), true);
    Framework dying = framework("aaa-dying").releases(dyingLine).build();
    Framework lasting = framework("zzz-lasting").releases(lastingLine).build();
    var evaluation =
        Evaluator.evaluate(
            profile().lifespan(6).build(),
            new Catalog(TODAY, List.of(dying, lasting)),
            new EvaluationOptions(TODAY, 1, 200, Optional.empty()));
    List<RankedFramework> ranking = evaluation.ranking();
    assertThat(ranking)
        .extracting(r -> r.framework().id())
        .containsExactly("zzz-lasting", "aaa-dying");
    assertThat(ranking.get(1).criteria().get(Criterion.ECOSYSTEM_HEALTH).reasons())
        .anySatisfy(
            r ->
                assertThat(r)
                    .contains("line 4 reaches end of life 2027-06-30")
                    .contains("6.0-year lifespan"));
  }

  @Test
  void staleRuntimeDataIsTreatedAsNoneAndMarksNothingDown() {
    Framework express = framework("express").runtime(Runtime.NODE).build();
    Profile fiveYears = profile().lifespan(5).build();
    RuntimeLifecycle fresh = node(LocalDate.of(2027, 4, 30));
    RuntimeLifecycle stale =
        new RuntimeLifecycle(
            Runtime.NODE,
            "Node.js",
            List.of(),
            Optional.empty(),
            Fact.of(fresh.releases().value(), "eol", LocalDate.of(2025, 2, 20)),
            Map.of());
    SubFactorScore current =
        part(
                express,
                fiveYears,
                new Catalog(TODAY, List.of(), Map.of(Runtime.NODE, fresh)),
                "runtime-horizon")
            .orElseThrow();
    assertThat(
            part(
                express,
                fiveYears,
                new Catalog(TODAY, List.of(), Map.of(Runtime.NODE, stale)),
                "runtime-horizon"))
        .as("stale runtime data counts as none, as for a runtime without data: no marking down")
        .isEmpty();
    assertThat(current.reasons().get(0)).contains("Node.js");
  }

  @Test
  void absentHealthFiguresAddNoSubFactor() {
    Framework bare = framework("bare").build();
    Catalog empty = new Catalog(TODAY, List.of());
    assertThat(
            new EcosystemHealth()
                .score(bare, profile().build(), new ScoringContext(empty, TODAY, Optional.empty()))
                .subFactors())
        .extracting(SubFactorScore::id)
        .doesNotContain("community", "release-cadence", "responsiveness", "contributor-spread");
  }
}
