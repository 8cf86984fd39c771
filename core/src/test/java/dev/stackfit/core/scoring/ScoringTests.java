package dev.stackfit.core.scoring;

import static dev.stackfit.core.testing.TestFrameworks.TODAY;
import static dev.stackfit.core.testing.TestFrameworks.framework;
import static dev.stackfit.core.testing.TestProfiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.LearningCurve;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Structure;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.evidence.Evidence;
import dev.stackfit.core.evidence.MeasuredCandidate;
import dev.stackfit.core.profile.AsyncExperience;
import dev.stackfit.core.profile.DataKind;
import dev.stackfit.core.profile.Deploy;
import dev.stackfit.core.profile.Level;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.profile.Turnover;
import dev.stackfit.core.profile.Workload;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoringTests {
  private static final ScoringContext CONTEXT =
      new ScoringContext(new Catalog(TODAY, List.of()), TODAY, Optional.empty());

  private static SubFactorScore part(Framework f, Profile p, Criterion c, String id) {
    return part(f, p, c, id, CONTEXT);
  }

  private static SubFactorScore part(
      Framework f, Profile p, Criterion c, String id, ScoringContext context) {
    return Scoring.score(f, p, context).get(c).subFactors().stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sub-factor " + id));
  }

  @Test
  void languageSkillIsFullForTheFrameworksOwnLanguageWithACheckableReason() {
    Framework django = framework("django").name("Django").languages(Language.PYTHON).build();
    SubFactorScore s =
        part(
            django,
            profile().knows(Language.PYTHON, Level.EXPERT).build(),
            Criterion.TEAM_EXPERTISE,
            "language-skill");
    assertThat(s.score()).isEqualTo(1.0);
    assertThat(s.reasons()).containsExactly("team: Python expert; Django is Python");
  }

  @Test
  void closeLanguagesCarryOverPartly() {
    Framework ktor = framework("ktor").name("Ktor").languages(Language.KOTLIN).build();
    SubFactorScore s =
        part(
            ktor,
            profile().knows(Language.JAVA, Level.EXPERT).build(),
            Criterion.TEAM_EXPERTISE,
            "language-skill");
    assertThat(s.score()).isEqualTo(0.7);
    assertThat(s.reasons().get(0)).contains("close to Java: 70% carries over");
  }

  @Test
  void typescriptSkillCountsForJavascriptFrameworks() {
    Framework express =
        framework("express").languages(Language.JAVASCRIPT).runtime(Runtime.NODE).build();
    SubFactorScore s =
        part(
            express,
            profile().knows(Language.TYPESCRIPT, Level.EXPERT).build(),
            Criterion.TEAM_EXPERTISE,
            "language-skill");
    assertThat(s.score()).isEqualTo(0.85);
  }

  @Test
  void familiarityWithASimilarFrameworkCountsLessThanTheFrameworkItself() {
    Framework echo = framework("echo").languages(Language.GO).build();
    double same =
        part(
                echo,
                profile().knowsFramework("echo", Level.WORKING).build(),
                Criterion.TEAM_EXPERTISE,
                "framework-familiarity")
            .score();
    double similar =
        part(
                echo,
                profile().knowsFramework("gin", Level.WORKING).build(),
                Criterion.TEAM_EXPERTISE,
                "framework-familiarity")
            .score();
    assertThat(same).isEqualTo(0.7);
    assertThat(similar).isGreaterThan(0).isLessThan(same);
  }

  @Test
  void asyncFrameworkCostsATeamWithoutAsyncExperience() {
    Framework fastapi =
        framework("fastapi").languages(Language.PYTHON).model(RequestModel.ASYNC_AWAIT).build();
    Framework django = framework("django").languages(Language.PYTHON).build();
    Profile none = profile().async(AsyncExperience.NONE).build();
    assertThat(part(fastapi, none, Criterion.TEAM_EXPERTISE, "async-readiness").score())
        .isEqualTo(0.2);
    assertThat(part(django, none, Criterion.TEAM_EXPERTISE, "async-readiness").score())
        .isEqualTo(1.0);
  }

  @Test
  void learningCostWeighsMoreInAShortLife() {
    Framework steep =
        framework("steep").languages(Language.RUST).curve(LearningCurve.STEEP).build();
    Profile base = profile().knows(Language.JAVA, Level.EXPERT).lifespan(5).build();
    Profile prototype = profile().knows(Language.JAVA, Level.EXPERT).lifespan(0.5).build();
    double longLife = part(steep, base, Criterion.TEAM_EXPERTISE, "learning-vs-lifespan").score();
    double shortLife =
        part(steep, prototype, Criterion.TEAM_EXPERTISE, "learning-vs-lifespan").score();
    assertThat(longLife).isGreaterThan(shortLife);
    assertThat(shortLife).isZero();
    assertThat(part(steep, base, Criterion.TEAM_EXPERTISE, "learning-vs-lifespan").reasons().get(0))
        .contains("steep learning curve, new language")
        .contains("60-month life");
  }

  @Test
  void capacityCostFavoursFastRuntimesAtHighPeaksAndNamesThePeak() {
    Framework slow =
        framework("slow")
            .runtime(Runtime.CPYTHON)
            .languages(Language.PYTHON)
            .fortunes(14_000)
            .build();
    Framework fast =
        framework("fast")
            .runtime(Runtime.NATIVE)
            .languages(Language.GO)
            .model(RequestModel.GOROUTINES)
            .fortunes(100_000)
            .build();
    Profile big = profile().traffic(2_000, 20_000, 200).build();
    ScoringContext both =
        new ScoringContext(new Catalog(TODAY, List.of(slow, fast)), TODAY, Optional.empty());
    SubFactorScore slowScore = part(slow, big, Criterion.SCALE_FIT, "capacity-cost", both);
    SubFactorScore fastScore = part(fast, big, Criterion.SCALE_FIT, "capacity-cost", both);
    assertThat(fastScore.score()).isGreaterThan(slowScore.score());
    assertThat(slowScore.reasons().get(0))
        .startsWith("3-year peak 20,000 rps with 2x margin needs about")
        .as("a benchmark figure from 2023 is flagged as stale on 2026-11-26")
        .contains("2023-09-19, a peak-tuned lab figure); stale: older than 18 months");
    assertThat(slowScore.reasons())
        .anyMatch(r -> r.contains("7.1x the cores of the cheapest candidate, Fast (45 cores)"))
        .anyMatch(r -> r.contains("an async or compiled runtime carries it with more margin"));
    Profile small = profile().traffic(10, 100, 500).build();
    assertThat(part(slow, small, Criterion.SCALE_FIT, "capacity-cost", both).score())
        .as("at 100 rps the extra cores cost next to nothing")
        .isGreaterThan(0.95);
  }

  @Test
  void moreTrafficNeverHelpsTheSlowerOfTwoFrameworks() {
    Framework slow =
        framework("slow")
            .runtime(Runtime.CPYTHON)
            .languages(Language.PYTHON)
            .fortunes(14_000)
            .build();
    Framework fast =
        framework("fast")
            .runtime(Runtime.NATIVE)
            .languages(Language.GO)
            .model(RequestModel.GOROUTINES)
            .fortunes(100_000)
            .build();
    ScoringContext both =
        new ScoringContext(new Catalog(TODAY, List.of(slow, fast)), TODAY, Optional.empty());
    double previousGap = -1;
    for (int rps : new int[] {1_000, 10_000, 50_000, 100_000, 300_000, 1_000_000}) {
      Profile p = profile().traffic(rps, rps, 500).workload(Workload.CPU_BOUND).build();
      double gap =
          part(fast, p, Criterion.SCALE_FIT, "capacity-cost", both).score()
              - part(slow, p, Criterion.SCALE_FIT, "capacity-cost", both).score();
      assertThat(gap)
          .as("the faster framework's advantage at %,d rps keeps growing (no floor)", rps)
          .isGreaterThan(previousGap);
      previousGap = gap;
    }
  }

  @Test
  void complexRelationalDataWantsAStrongOrmAndTransactions() {
    Framework batteries =
        framework("b")
            .feature(Feature.ORM, Support.BUILT_IN)
            .feature(Feature.TRANSACTIONS, Support.BUILT_IN)
            .build();
    Framework bare = framework("m").build();
    Profile complex = profile().data(DataKind.RELATIONAL_COMPLEX).build();
    assertThat(part(batteries, complex, Criterion.SCALE_FIT, "data-fit").score()).isEqualTo(1.0);
    assertThat(part(bare, complex, Criterion.SCALE_FIT, "data-fit").score()).isLessThan(0.2);
  }

  @Test
  void cpuBoundWorkPenalisesTheEventLoopAndTheGil() {
    Framework node = framework("node").runtime(Runtime.NODE).model(RequestModel.EVENT_LOOP).build();
    Framework jvm = framework("jvm").build();
    Profile cpu = profile().workload(Workload.CPU_BOUND).build();
    assertThat(part(node, cpu, Criterion.SCALE_FIT, "workload").score())
        .isLessThan(part(jvm, cpu, Criterion.SCALE_FIT, "workload").score());
  }

  @Test
  void realtimeAppearsOnlyWhenNeeded() {
    Framework f =
        framework("f")
            .feature(Feature.WEBSOCKETS, Support.BUILT_IN)
            .model(RequestModel.EVENT_LOOP)
            .build();
    assertThat(Scoring.score(f, profile().build(), CONTEXT).get(Criterion.SCALE_FIT).subFactors())
        .noneMatch(s -> s.id().equals("realtime"));
    assertThat(part(f, profile().realtime().build(), Criterion.SCALE_FIT, "realtime").score())
        .isEqualTo(1.0);
  }

  @Test
  void measuredEvidenceEntersScaleFitAndCitesTheMeasurement() {
    Framework f = framework("f").build();
    Evidence evidence =
        new Evidence(
            "lab.json",
            Optional.of(LocalDate.parse("2026-11-26")),
            List.of(new MeasuredCandidate("f", "f-poc", 3000, 40, 900, 300, 0)));
    ScoringContext withEvidence =
        new ScoringContext(new Catalog(TODAY, List.of(f)), TODAY, Optional.of(evidence));
    SubFactorScore measured =
        Scoring.score(f, profile().traffic(100, 1000, 200).build(), withEvidence)
            .get(Criterion.SCALE_FIT)
            .subFactors()
            .stream()
            .filter(s -> s.id().equals("measured-throughput"))
            .findFirst()
            .orElseThrow();
    assertThat(measured.score()).isEqualTo(1.0);
    assertThat(measured.reasons().get(0))
        .contains("measured in PoC (lab.json): 3,000 rps")
        .contains("3.0x the 3-year peak");
  }

  @Test
  void aYoungPreOneFrameworkIsMarkedDownButAnEstablishedOneHardlyIs() {
    Profile fiveYears = profile().lifespan(5).build();
    SubFactorScore youngPreOne =
        part(
            framework("young").firstRelease(2024).preOne().build(),
            fiveYears,
            Criterion.ECOSYSTEM_HEALTH,
            "maturity");
    SubFactorScore youngStable =
        part(
            framework("stable").firstRelease(2024).build(),
            fiveYears,
            Criterion.ECOSYSTEM_HEALTH,
            "maturity");
    assertThat(youngPreOne.score()).isLessThan(youngStable.score());
    assertThat(youngPreOne.reasons().get(0))
        .contains("still before 1.0")
        .contains("young, with a short record");
    SubFactorScore oldPreOne =
        part(
            framework("old").firstRelease(2018).preOne().build(),
            fiveYears,
            Criterion.ECOSYSTEM_HEALTH,
            "maturity");
    SubFactorScore oldStable =
        part(
            framework("old-stable").firstRelease(2018).build(),
            fiveYears,
            Criterion.ECOSYSTEM_HEALTH,
            "maturity");
    assertThat(oldPreOne.score())
        .as("eight years of releases: the version number alone is not immaturity")
        .isEqualTo(oldStable.score());
  }

  @Test
  void endOfLifeInsideTheLifespanCostsPointsAndNamesTheDate() {
    Release line =
        new Release("4", LocalDate.of(2024, 1, 1), null, LocalDate.of(2027, 6, 30), false);
    Framework dying = framework("dying").releases(line).build();
    Release longLine =
        new Release("5", LocalDate.of(2025, 1, 1), null, LocalDate.of(2035, 1, 1), true);
    Framework lasting = framework("lasting").releases(longLine).build();
    Profile fiveYears = profile().lifespan(5).build();
    SubFactorScore dyingScore =
        part(dying, fiveYears, Criterion.ECOSYSTEM_HEALTH, "support-horizon");
    assertThat(dyingScore.score())
        .isLessThan(
            part(lasting, fiveYears, Criterion.ECOSYSTEM_HEALTH, "support-horizon").score());
    assertThat(dyingScore.reasons().get(0))
        .contains("2027-06-30")
        .contains("inside the 5.0-year lifespan");
  }

  @Test
  void runtimeAlreadyOperatedScoresFullOperationalFamiliarity() {
    Framework f = framework("f").build();
    assertThat(
            part(
                    f,
                    profile().runtimes(Runtime.JVM).build(),
                    Criterion.OPERATIONAL_FIT,
                    "runtime-in-production")
                .score())
        .isEqualTo(1.0);
    assertThat(
            part(
                    f,
                    profile().runtimes(Runtime.NODE).build(),
                    Criterion.OPERATIONAL_FIT,
                    "runtime-in-production")
                .score())
        .isEqualTo(0.3);
  }

  @Test
  void serverlessFavoursFastStartingRuntimes() {
    Framework jvm = framework("jvm").build();
    Framework go = framework("go").runtime(Runtime.NATIVE).languages(Language.GO).build();
    Profile serverless = profile().deploy(Deploy.SERVERLESS).build();
    assertThat(part(go, serverless, Criterion.OPERATIONAL_FIT, "deploy-target").score())
        .isGreaterThan(part(jvm, serverless, Criterion.OPERATIONAL_FIT, "deploy-target").score());
  }

  @Test
  void tightMemoryBudgetPenalisesHeavyRuntimes() {
    Framework jvm = framework("jvm").build();
    Framework go = framework("go").runtime(Runtime.NATIVE).build();
    Profile tight = profile().memory(128).build();
    assertThat(part(jvm, tight, Criterion.OPERATIONAL_FIT, "memory-budget").score())
        .isLessThan(0.2);
    assertThat(part(go, tight, Criterion.OPERATIONAL_FIT, "memory-budget").score()).isEqualTo(1.0);
  }

  @Test
  void distributedHighTurnoverTeamsPreferConventions() {
    Framework convention = framework("c").structure(Structure.CONVENTION).build();
    Framework flexible = framework("f").structure(Structure.FLEXIBLE).build();
    Profile team = profile().size(14).distributed().turnover(Turnover.HIGH).build();
    Profile solo = profile().size(2).lifespan(1).build();
    assertThat(Scoring.score(convention, team, CONTEXT).get(Criterion.STRUCTURE_FIT).score())
        .isGreaterThan(Scoring.score(flexible, team, CONTEXT).get(Criterion.STRUCTURE_FIT).score());
    assertThat(Scoring.score(flexible, solo, CONTEXT).get(Criterion.STRUCTURE_FIT).score())
        .isGreaterThan(
            Scoring.score(convention, solo, CONTEXT).get(Criterion.STRUCTURE_FIT).score());
    assertThat(part(flexible, team, Criterion.STRUCTURE_FIT, "consistency").reasons().get(0))
        .contains("team of 14, spread across time zones, high turnover");
  }

  @Test
  void featureCoverageCountsSupportLevelsAndNamesWhatIsMissing() {
    Framework f =
        framework("f")
            .feature(Feature.ORM, Support.BUILT_IN)
            .feature(Feature.AUTH, Support.ECOSYSTEM)
            .build();
    SubFactorScore s =
        part(
            f,
            profile().needs(Feature.ORM, Feature.AUTH, Feature.GRPC).build(),
            Criterion.FEATURE_FIT,
            "coverage");
    assertThat(s.score())
        .isCloseTo((1.0 + 0.6 + 0.0) / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.reasons()).anyMatch(r -> r.startsWith("2 of 3 needed features provided"));
    assertThat(s.reasons()).anyMatch(r -> r.startsWith("missing: grpc"));
  }

  @Test
  void everyCriterionScoreIsInTheUnitInterval() {
    Framework f = framework("f").build();
    Scoring.score(f, profile().build(), CONTEXT)
        .values()
        .forEach(c -> assertThat(c.score()).isBetween(0.0, 1.0));
  }

  @Test
  void latencyTargetOnlyMattersWhenTight() {
    Framework python = framework("py").runtime(Runtime.CPYTHON).languages(Language.PYTHON).build();
    Framework go = framework("go").runtime(Runtime.NATIVE).languages(Language.GO).build();
    assertThat(
            part(
                    python,
                    profile().traffic(10, 100, 200).build(),
                    Criterion.SCALE_FIT,
                    "latency-target")
                .score())
        .isEqualTo(1.0);
    assertThat(
            part(
                    python,
                    profile().traffic(10, 100, 10).build(),
                    Criterion.SCALE_FIT,
                    "latency-target")
                .score())
        .isCloseTo(0.45, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(
            part(go, profile().traffic(10, 100, 10).build(), Criterion.SCALE_FIT, "latency-target")
                .score())
        .isEqualTo(1.0);
  }

  @Test
  void devopsMaturityNarrowsTheGapInOperationalComplexity() {
    Framework beam = framework("beam").runtime(Runtime.BEAM).languages(Language.ELIXIR).build();
    double low =
        part(
                beam,
                profile().devops(dev.stackfit.core.profile.DevopsMaturity.LOW).build(),
                Criterion.OPERATIONAL_FIT,
                "operational-complexity")
            .score();
    double high =
        part(
                beam,
                profile().devops(dev.stackfit.core.profile.DevopsMaturity.HIGH).build(),
                Criterion.OPERATIONAL_FIT,
                "operational-complexity")
            .score();
    assertThat(low).isCloseTo(0.55, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(high).isGreaterThan(low).isLessThan(1.0);
  }

  @Test
  void youngFrameworksHaveLessMatureTooling() {
    Framework young = framework("young").firstRelease(TODAY.getYear() - 2).build();
    Framework old = framework("old").firstRelease(2010).build();
    assertThat(
            part(young, profile().build(), Criterion.OPERATIONAL_FIT, "tooling-maturity").score())
        .isLessThan(
            part(old, profile().build(), Criterion.OPERATIONAL_FIT, "tooling-maturity").score());
  }

  @Test
  void foundationBackingScoresAboveAnIndividual() {
    Framework foundation =
        framework("f").governance(dev.stackfit.core.catalog.Governance.FOUNDATION).build();
    Framework individual =
        framework("i").governance(dev.stackfit.core.catalog.Governance.INDIVIDUAL).build();
    assertThat(part(foundation, profile().build(), Criterion.ECOSYSTEM_HEALTH, "backing").score())
        .isEqualTo(1.0);
    assertThat(part(individual, profile().build(), Criterion.ECOSYSTEM_HEALTH, "backing").score())
        .isEqualTo(0.5);
  }

  @Test
  void releaseActivityFallsWithTheAgeOfTheLatestRelease() {
    Framework recent = framework("r").build();
    Framework quiet =
        framework("q")
            .version(
                new dev.stackfit.core.catalog.Version(
                    "1", LocalDate.of(2020, 1, 1), "1.0.3", LocalDate.of(2023, 1, 1), false))
            .build();
    assertThat(
            part(recent, profile().build(), Criterion.ECOSYSTEM_HEALTH, "release-activity").score())
        .isEqualTo(1.0);
    assertThat(
            part(quiet, profile().build(), Criterion.ECOSYSTEM_HEALTH, "release-activity").score())
        .isEqualTo(0.1);
  }

  @Test
  void manyNeedsFavourBatteriesAndFewFavourModular() {
    Framework batteries =
        framework("b").philosophy(dev.stackfit.core.catalog.Philosophy.BATTERIES).build();
    Framework modular =
        framework("m").philosophy(dev.stackfit.core.catalog.Philosophy.MODULAR).build();
    Profile many =
        profile().needs(Feature.ORM, Feature.AUTH, Feature.MIGRATIONS, Feature.ADMIN_UI).build();
    Profile few = profile().needs(Feature.VALIDATION).build();
    assertThat(part(batteries, many, Criterion.FEATURE_FIT, "philosophy").score())
        .isGreaterThan(part(modular, many, Criterion.FEATURE_FIT, "philosophy").score());
    assertThat(part(modular, few, Criterion.FEATURE_FIT, "philosophy").score())
        .isGreaterThan(part(batteries, few, Criterion.FEATURE_FIT, "philosophy").score());
  }

  @Test
  void staticTypingMattersMoreForTeamsThatNeedConventions() {
    Framework untyped = framework("u").build();
    Profile large = profile().size(20).distributed().turnover(Turnover.HIGH).build();
    Profile small = profile().size(2).build();
    assertThat(part(untyped, large, Criterion.STRUCTURE_FIT, "type-safety").score())
        .isLessThan(part(untyped, small, Criterion.STRUCTURE_FIT, "type-safety").score());
  }
}
