package dev.stackfit.core.evaluation;

import static dev.stackfit.core.testing.TestFrameworks.TODAY;
import static dev.stackfit.core.testing.TestFrameworks.framework;
import static dev.stackfit.core.testing.TestProfiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.advisories.Advisory;
import dev.stackfit.core.advisories.AdvisoryId;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Governance;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.AsyncExperience;
import dev.stackfit.core.profile.AsyncIo;
import dev.stackfit.core.profile.CurrentStack;
import dev.stackfit.core.profile.DataKind;
import dev.stackfit.core.profile.Deploy;
import dev.stackfit.core.profile.Level;
import dev.stackfit.core.profile.Pain;
import dev.stackfit.core.profile.PainKind;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.profile.Workload;
import dev.stackfit.core.scoring.SubFactorScore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The eight problems the backtest against documented decisions found (issue 12), each pinned by an
 * evaluation that went wrong before the model was fixed.
 */
class DecisionQualityTests {
  private static Evaluation evaluate(Profile profile, LocalDate day, Framework... frameworks) {
    return Evaluator.evaluate(
        profile,
        new Catalog(TODAY, List.of(frameworks)),
        new EvaluationOptions(day, 1, 2_000, Optional.empty()));
  }

  private static RankedFramework entry(Evaluation e, String id) {
    return e.ranking().stream().filter(r -> r.offers(id)).findFirst().orElseThrow();
  }

  /** How {@code f} provided {@code feature} in an evaluation as of {@code day}. */
  private static Support supportOn(Profile p, LocalDate day, Framework f, Feature feature) {
    return entry(evaluate(p, day, f), f.id()).framework().support(feature);
  }

  private static SubFactorScore part(RankedFramework r, Criterion c, String id) {
    return r.criteria().get(c).subFactors().stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sub-factor " + id));
  }

  private static Framework django() {
    return framework("django")
        .name("Django")
        .languages(Language.PYTHON)
        .runtime(Runtime.CPYTHON)
        .fortunes(14_552, "full", "blocking")
        .build();
  }

  private static Framework gin() {
    return framework("gin")
        .name("Gin")
        .languages(Language.GO)
        .runtime(Runtime.NATIVE)
        .model(RequestModel.GOROUTINES)
        .fortunes(94_274, "raw", "blocking")
        .build();
  }

  /**
   * Problem 1: a Python team's CPU-bound service. Before the fix Django lost first place at 10,000
   * rps and won it back at 100,000 and 300,000, because the throughput score floored at 0. Now its
   * lead over a compiled framework only shrinks as traffic grows, and once it has lost first place
   * it never wins it back.
   */
  @Test
  void moreTrafficNeverBringsTheSlowerFrameworkBackToFirstPlace() {
    double previousLead = Double.MAX_VALUE;
    boolean nativeAhead = false;
    for (int rps : new int[] {1_000, 10_000, 30_000, 100_000, 300_000, 1_000_000}) {
      Profile p =
          profile()
              .knows(Language.PYTHON, Level.EXPERT)
              .knowsFramework("django", Level.EXPERT)
              .workload(Workload.CPU_BOUND)
              .traffic(rps, rps, 200)
              .lifespan(5)
              .build();
      Evaluation e = evaluate(p, TODAY, django(), gin());
      double lead = entry(e, "django").score() - entry(e, "gin").score();
      assertThat(lead).as("Django's lead at %,d rps", rps).isLessThanOrEqualTo(previousLead);
      if (nativeAhead) {
        assertThat(lead).as("at %,d rps, once Gin led", rps).isNegative();
      }
      nativeAhead |= lead < 0;
      previousLead = lead;
    }
  }

  /** Problem 1: the extreme-performance advisory explains why a non-native option still leads. */
  @Test
  void extremePerformanceSaysWhyANonNativeFrameworkStillRanksFirst() {
    Profile p =
        profile()
            .knows(Language.PYTHON, Level.EXPERT)
            .knowsFramework("django", Level.EXPERT)
            .traffic(100_000, 100_000, 500)
            .lifespan(0.5)
            .build();
    Evaluation e = evaluate(p, TODAY, django(), gin());
    assertThat(e.ranking().get(0).framework().id()).isEqualTo("django");
    Advisory extreme =
        e.advisories().stream()
            .filter(a -> a.id() == AdvisoryId.EXTREME_PERFORMANCE)
            .findFirst()
            .orElseThrow();
    assertThat(extreme.message())
        .contains("Django still ranks above Gin, the best native candidate: it leads on")
        .contains("team-expertise");
  }

  /** Problem 2: variants with other data access are damped on I/O-bound work and say how. */
  @Test
  void benchmarkGapsBetweenFrameworksOnOneRuntimeAreDampedForIoBoundWork() {
    Framework blocking =
        framework("blocking")
            .runtime(Runtime.JVM)
            .languages(Language.JAVA)
            .fortunes(22_000, "full", "blocking")
            .build();
    Framework reactive =
        framework("reactive")
            .runtime(Runtime.JVM)
            .languages(Language.JAVA)
            .fortunes(200_000, "raw", "async")
            .build();
    Profile p = profile().traffic(5_000, 5_000, 200).workload(Workload.IO_BOUND).build();
    RankedFramework slow = entry(evaluate(p, TODAY, blocking, reactive), "blocking");
    SubFactorScore cost = part(slow, Criterion.SCALE_FIT, "capacity-cost");
    assertThat(cost.reasons().get(0)).contains("full ORM on PostgreSQL, blocking driver");
    assertThat(cost.reasons())
        .anyMatch(r -> r.startsWith("the application's own io-bound work is"))
        .as("a 9x benchmark gap is less than 4x once the application's own work is counted")
        .anyMatch(r -> r.matches("[1-3]\\.\\dx the cores of the cheapest candidate.*"));
  }

  /** Problem 3: the catalog as it stood on the day: nothing released later, no negative ages. */
  @Test
  void anEvaluationAsOfAPastDayLeavesOutLaterFrameworksAndNeverGivesNegativeAges() {
    Framework old = framework("old").name("Old").firstRelease(2005).build();
    Framework later =
        framework("later").name("Later").firstReleased(LocalDate.of(2018, 12, 5)).build();
    Evaluation e = evaluate(profile().build(), LocalDate.of(2016, 6, 1), old, later);
    assertThat(e.ranking()).extracting(r -> r.framework().id()).containsExactly("old");
    assertThat(e.excluded())
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.reasons())
                    .containsExactly("not yet released on 2016-06-01 (first released 2018-12-05)"));
    assertThat(part(e.ranking().get(0), Criterion.ECOSYSTEM_HEALTH, "maturity").reasons().get(0))
        .startsWith("first released 2005 (11 years)");
  }

  /** Problem 3: a feature the catalog dates counts only from that day. */
  @Test
  void aDatedFeatureCountsOnlyFromTheDayItArrived() {
    Framework f =
        framework("f")
            .feature(Feature.NATIVE_BINARY, Support.FIRST_PARTY, LocalDate.of(2022, 11, 24))
            .build();
    Profile p = profile().build();
    assertThat(supportOn(p, LocalDate.of(2020, 1, 1), f, Feature.NATIVE_BINARY))
        .isEqualTo(Support.NONE);
    assertThat(supportOn(p, LocalDate.of(2023, 1, 1), f, Feature.NATIVE_BINARY))
        .isEqualTo(Support.FIRST_PARTY);
  }

  /**
   * Problem 3: hindsight about support. Echo published its support policy, with 4.x's end of life,
   * on 2026-01-28; an evaluation as of 2023 must not credit Echo with it against Gin, which had no
   * policy either. Without a policy, a line's end is known once a newer line is out.
   */
  @Test
  void aSupportPolicyOrEndOfLifeAnnouncedLaterIsNotKnownOnTheDay() {
    Release five = new Release("5", LocalDate.of(2026, 1, 18), null, null, false);
    Release four =
        new Release("4", LocalDate.of(2019, 1, 30), null, LocalDate.of(2026, 12, 31), false);
    Release three =
        new Release("3", LocalDate.of(2016, 11, 14), null, LocalDate.of(2019, 6, 1), false);
    Framework echo =
        framework("echo")
            .policy("5.x supported; 4.x until 2026-12-31", LocalDate.of(2026, 1, 28))
            .releases(five, four, three)
            .build();
    Profile p = profile().lifespan(5).build();
    SubFactorScore then = supportHorizon(p, LocalDate.of(2023, 3, 31), echo);
    assertThat(then.reasons()).containsExactly("no published support policy or end-of-life dates");
    SubFactorScore later = supportHorizon(p, LocalDate.of(2026, 3, 1), echo);
    assertThat(later.reasons().get(0)).startsWith("line 4 reaches end of life 2026-12-31");

    // No policy at all: the newest line's future end is unknown, an end that has passed is kept.
    List<Release> lines = List.of(four, three);
    assertThat(Release.asOf(lines, LocalDate.of(2023, 3, 31), false))
        .containsExactly(new Release("4", four.released(), null, null, false), three);
    assertThat(Release.asOf(lines, LocalDate.of(2023, 3, 31), true)).containsExactly(four, three);
    assertThat(Release.asOf(lines, LocalDate.of(2027, 1, 5), false)).containsExactly(four, three);
  }

  /**
   * The framework's support-horizon part of ecosystem-health, evaluated alone as of {@code day}.
   */
  private static SubFactorScore supportHorizon(Profile p, LocalDate day, Framework framework) {
    return part(
        entry(evaluate(p, day, framework), framework.id()),
        Criterion.ECOSYSTEM_HEALTH,
        "support-horizon");
  }

  /**
   * Problem 3: a policy reworded on a known day counts in the wording of the day (Rails: only the
   * latest series fixed from 2013, one year of fixes and two of security from 2024-07-31).
   */
  @Test
  void aSupportPolicyCountsInTheWordingOfTheDay() {
    Framework rails =
        framework("rails")
            .policy(
                "one year of bug fixes, two of security fixes",
                LocalDate.of(2024, 7, 31),
                "bug fixes for the latest series, security fixes for the last two")
            .build();
    Profile p = profile().lifespan(5).build();
    SubFactorScore then = supportHorizon(p, LocalDate.of(2018, 1, 15), rails);
    assertThat(then.reasons().get(0))
        .startsWith("published support policy")
        .endsWith("bug fixes for the latest series, security fixes for the last two");
    SubFactorScore now = supportHorizon(p, LocalDate.of(2026, 3, 1), rails);
    assertThat(now.reasons().get(0)).endsWith("one year of bug fixes, two of security fixes");
  }

  /** Problem 3: governance that changed on a known day (Quarkus to Commonhaus) counts as it was. */
  @Test
  void governanceCountsAsItStoodOnTheDay() {
    Framework quarkus = framework("quarkus").firstRelease(2019).build();
    Fact<Governance> history =
        new Fact<>(
            Governance.FOUNDATION,
            "src",
            TODAY,
            true,
            "",
            Optional.of(LocalDate.of(2024, 7, 31)),
            Optional.of(Fact.of(Governance.COMPANY, "src", TODAY)));
    Framework withHistory =
        new Framework(
            quarkus.id(),
            quarkus.name(),
            quarkus.homepage(),
            quarkus.repository(),
            quarkus.languages(),
            quarkus.runtime(),
            quarkus.license(),
            quarkus.firstRelease(),
            quarkus.version(),
            quarkus.requestModel(),
            quarkus.options(),
            quarkus.structure(),
            quarkus.philosophy(),
            quarkus.features(),
            quarkus.learningCurve(),
            quarkus.learningNotes(),
            history,
            quarkus.supportPolicy(),
            quarkus.releases(),
            quarkus.health(),
            quarkus.performance(),
            quarkus.footprint(),
            quarkus.bestFor(),
            quarkus.sources(),
            quarkus.git(),
            quarkus.firstReleaseDay(),
            quarkus.extendsFramework());
    Profile p = profile().build();
    assertThat(
            entry(evaluate(p, LocalDate.of(2019, 9, 1), withHistory), "quarkus")
                .framework()
                .governance()
                .value())
        .isEqualTo(Governance.COMPANY);
    assertThat(entry(evaluate(p, TODAY, withHistory), "quarkus").framework().governance().value())
        .isEqualTo(Governance.FOUNDATION);
    assertThat(history.on(LocalDate.of(2019, 6, 15)).map(Fact::value)).contains(Governance.COMPANY);
    assertThat(history.map(Governance::id).before().map(Fact::value)).contains("company");
  }

  /** Problem 3: a feature that arrived later was often provided another way before. */
  @Test
  void aFeatureCountsAtTheLevelItHadOnTheDay() {
    Framework rails =
        framework("rails")
            .firstRelease(2004)
            .feature(Feature.AUTH, Support.BUILT_IN, LocalDate.of(2024, 11, 7), Support.ECOSYSTEM)
            .build();
    Profile p = profile().needs(Feature.AUTH).build();
    assertThat(supportOn(p, LocalDate.of(2012, 6, 15), rails, Feature.AUTH))
        .isEqualTo(Support.ECOSYSTEM);
    assertThat(supportOn(p, LocalDate.of(2025, 1, 1), rails, Feature.AUTH))
        .isEqualTo(Support.BUILT_IN);
  }

  /** Problem 5: a native binary is no runtime to operate; a platform runs the runtime. */
  @Test
  void aNativeBinaryIsNotANewRuntimeAndAPlatformLowersTheCostOfOne() {
    Profile jvmShop = profile().runtimes(Runtime.JVM).build();
    double goOnVms =
        part(
                entry(evaluate(jvmShop, TODAY, gin()), "gin"),
                Criterion.OPERATIONAL_FIT,
                "runtime-in-production")
            .score();
    double pythonOnVms =
        part(
                entry(evaluate(jvmShop, TODAY, django()), "django"),
                Criterion.OPERATIONAL_FIT,
                "runtime-in-production")
            .score();
    double pythonOnPaas =
        part(
                entry(
                    evaluate(
                        profile().runtimes(Runtime.JVM).deploy(Deploy.PAAS).build(),
                        TODAY,
                        django()),
                    "django"),
                Criterion.OPERATIONAL_FIT,
                "runtime-in-production")
            .score();
    assertThat(goOnVms).isGreaterThan(pythonOnVms);
    assertThat(pythonOnPaas).isGreaterThan(pythonOnVms);
  }

  /**
   * Problem 5, found by the backtest (docnative-hono): an edge deployment runs Web-standard fetch
   * handlers in isolates, so a framework that needs its own Node.js server cannot go there, however
   * fast it starts. Before the fix edge counted only as fast cold starts and the faster-starting
   * server framework ranked first.
   */
  @Test
  void anEdgeDeploymentNeedsAFrameworkThatRunsOnEdgeRuntimes() {
    Framework server =
        framework("server").name("Server").runtime(Runtime.NODE).footprint(40, 150).build();
    Framework edge =
        framework("edge")
            .name("Edge")
            .runtime(Runtime.NODE)
            .footprint(40, 300)
            .feature(Feature.EDGE_RUNTIME, Support.BUILT_IN)
            .build();
    Framework later =
        framework("later")
            .name("Later")
            .runtime(Runtime.NODE)
            .footprint(40, 150)
            .feature(Feature.EDGE_RUNTIME, Support.ECOSYSTEM, LocalDate.of(2025, 9, 8))
            .build();
    Profile onEdge = profile().deploy(Deploy.EDGE).build();
    Evaluation before = evaluate(onEdge, LocalDate.of(2025, 6, 15), server, edge, later);
    assertThat(before.ranking().get(0).framework().id()).isEqualTo("edge");
    SubFactorScore cannot =
        part(entry(before, "server"), Criterion.OPERATIONAL_FIT, "edge-runtime");
    assertThat(cannot.score()).isLessThan(0.1);
    assertThat(cannot.reasons().get(0)).contains("Server is not recorded as running there");
    double laterThen =
        part(entry(before, "later"), Criterion.OPERATIONAL_FIT, "edge-runtime").score();
    Evaluation after = evaluate(onEdge, LocalDate.of(2026, 1, 1), server, edge, later);
    double laterNow =
        part(entry(after, "later"), Criterion.OPERATIONAL_FIT, "edge-runtime").score();
    assertThat(laterNow).isGreaterThan(laterThen);
    assertThat(
            evaluate(profile().build(), TODAY, server, edge)
                .ranking()
                .get(0)
                .criteria()
                .get(Criterion.OPERATIONAL_FIT)
                .subFactors())
        .noneMatch(f -> f.id().equals("edge-runtime"));
  }

  /** Problem 5: start-up and memory per framework tell apart two frameworks on one runtime. */
  @Test
  void aStartupBudgetTellsApartTwoFrameworksOnOneRuntime() {
    Framework quick = framework("quick").runtime(Runtime.JVM).footprint(110, 680).build();
    Framework slow = framework("slow").runtime(Runtime.JVM).footprint(184, 1_860).build();
    Profile p = profile().startupBudget(1_000).build();
    Evaluation e = evaluate(p, TODAY, quick, slow);
    SubFactorScore q = part(entry(e, "quick"), Criterion.OPERATIONAL_FIT, "startup-budget");
    SubFactorScore s = part(entry(e, "slow"), Criterion.OPERATIONAL_FIT, "startup-budget");
    assertThat(q.score()).isGreaterThan(s.score());
    assertThat(s.reasons().get(0)).contains("1,860 ms").endsWith("over the budget");
  }

  /** Problem 6: slow upstream calls favour cheap concurrency; synchronous handlers score lower. */
  @Test
  void requestsWaitingOnSlowUpstreamsFavourCheapConcurrency() {
    Framework async =
        framework("async").runtime(Runtime.CPYTHON).model(RequestModel.ASYNC_AWAIT).build();
    Framework sync =
        framework("sync").runtime(Runtime.CPYTHON).model(RequestModel.THREAD_PER_REQUEST).build();
    Profile p = profile().asyncIo(AsyncIo.SLOW_UPSTREAM, AsyncIo.LONG_REQUESTS).build();
    Evaluation e = evaluate(p, TODAY, async, sync);
    assertThat(entry(e, "async").criteria().get(Criterion.SCALE_FIT).score())
        .isGreaterThan(entry(e, "sync").criteria().get(Criterion.SCALE_FIT).score());
    assertThat(part(entry(e, "sync"), Criterion.SCALE_FIT, "waiting-requests").reasons().get(0))
        .contains("slow upstream calls")
        .contains("each request in flight holds a worker");
  }

  /**
   * Problem 6: a synchronous framework serves waiting requests through its async option, so the
   * team writes async code there as well; its readiness counts as for an async-first framework. An
   * option of blocking code on virtual threads needs none.
   */
  @Test
  void aSynchronousFrameworkServingWaitingRequestsAsynchronouslyNeedsAsyncReadinessToo() {
    Framework sync =
        framework("sync")
            .runtime(Runtime.CPYTHON)
            .model(RequestModel.THREAD_PER_REQUEST, RequestModel.ASYNC_AWAIT)
            .build();
    Framework async =
        framework("async").runtime(Runtime.CPYTHON).model(RequestModel.ASYNC_AWAIT).build();
    Framework loom =
        framework("loom")
            .runtime(Runtime.JVM)
            .model(RequestModel.THREAD_PER_REQUEST, RequestModel.VIRTUAL_THREADS)
            .build();
    Profile waiting = profile().async(AsyncExperience.NONE).asyncIo(AsyncIo.LONG_REQUESTS).build();
    Evaluation e = evaluate(waiting, TODAY, sync, async, loom);
    SubFactorScore syncReadiness =
        part(entry(e, "sync"), Criterion.TEAM_EXPERTISE, "async-readiness");
    assertThat(syncReadiness.score())
        .isEqualTo(part(entry(e, "async"), Criterion.TEAM_EXPERTISE, "async-readiness").score())
        .isEqualTo(0.2);
    assertThat(syncReadiness.reasons().get(0))
        .contains("through its async/await on a task scheduler option")
        .contains("team async experience: none");
    assertThat(part(entry(e, "loom"), Criterion.TEAM_EXPERTISE, "async-readiness").score())
        .isEqualTo(1.0);
    Evaluation plain = evaluate(profile().async(AsyncExperience.NONE).build(), TODAY, sync);
    assertThat(part(entry(plain, "sync"), Criterion.TEAM_EXPERTISE, "async-readiness").score())
        .isEqualTo(1.0);
  }

  /** Problem 6: one language across browser and server counts for a full-stack team. */
  @Test
  void aFullStackTeamFavoursTheBrowsersLanguageOnTheServer() {
    Framework node = framework("node").languages(Language.TYPESCRIPT).runtime(Runtime.NODE).build();
    Framework jvm = framework("jvm").languages(Language.JAVA).runtime(Runtime.JVM).build();
    Profile p =
        profile().knows(Language.JAVA, Level.WORKING).frontend(Language.TYPESCRIPT, true).build();
    Evaluation e = evaluate(p, TODAY, node, jvm);
    assertThat(part(entry(e, "node"), Criterion.TEAM_EXPERTISE, "one-language").score())
        .isEqualTo(1.0);
    assertThat(part(entry(e, "jvm"), Criterion.TEAM_EXPERTISE, "one-language").score()).isZero();
    assertThat(entry(e, "node").criteria().get(Criterion.TEAM_EXPERTISE).score())
        .isGreaterThan(entry(e, "jvm").criteria().get(Criterion.TEAM_EXPERTISE).score());
  }

  /** Problem 6: staying wins when nothing hurts; a move pays when the current stack is dying. */
  @Test
  void stayingWinsWithoutPainsAndAMovePaysWhenTheStackIsDying() {
    Framework current = framework("old").name("Old").languages(Language.GO).build();
    Framework next = framework("next").name("Next").languages(Language.GO).build();
    CurrentStack content = CurrentStack.of("old", "Old", List.of());
    Profile calm = profile().knows(Language.GO, Level.EXPERT).lifespan(5).current(content).build();
    Evaluation stay = evaluate(calm, TODAY, current, next);
    assertThat(stay.ranking().get(0).statusQuo()).isTrue();
    assertThat(entry(stay, "next").switching().orElseThrow().reasons())
        .anyMatch(r -> r.startsWith("same language: a port keeps models"))
        .anyMatch(r -> r.startsWith("size not given: assumed"));
    CurrentStack dying =
        new CurrentStack(
            Optional.of("old"),
            "Old",
            Optional.empty(),
            "",
            OptionalInt.empty(),
            OptionalDouble.of(5),
            List.of(
                new Pain(PainKind.END_OF_LIFE, "unmaintained upstream"),
                new Pain(PainKind.PRODUCTIVITY, "every feature touches the core")));
    Profile hurting = profile().knows(Language.GO, Level.EXPERT).lifespan(5).current(dying).build();
    Evaluation move = evaluate(hurting, TODAY, current, next);
    assertThat(move.ranking().get(0).framework().id()).isEqualTo("next");
    assertThat(entry(move, "old").criteria().get(Criterion.ECOSYSTEM_HEALTH).reasons())
        .anyMatch(r -> r.contains("unmaintained upstream"));
  }

  /**
   * Gitea's Macaron: a stack outside the catalog that the team reports unmaintained is not of
   * unknown health but of known poor health, for every year of a long life still ahead.
   */
  @Test
  void anUnmaintainedStackOutsideTheCatalogIsKnownToHaveNoSupportAhead() {
    Framework next = framework("next").name("Next").languages(Language.GO).build();
    CurrentStack unknown =
        new CurrentStack(
            Optional.empty(),
            "Macaron",
            Optional.of(Language.GO),
            "",
            OptionalInt.empty(),
            OptionalDouble.of(50),
            List.of());
    CurrentStack dead =
        new CurrentStack(
            Optional.empty(),
            "Macaron",
            Optional.of(Language.GO),
            "",
            OptionalInt.empty(),
            OptionalDouble.of(50),
            List.of(new Pain(PainKind.END_OF_LIFE, "fixes need a fork")));
    SubFactorScore unknownHealth =
        part(
            entry(
                evaluate(profile().lifespan(10).current(unknown).build(), TODAY, next), "current"),
            Criterion.ECOSYSTEM_HEALTH,
            "outside-catalog");
    SubFactorScore deadHealth =
        part(
            entry(evaluate(profile().lifespan(10).current(dead).build(), TODAY, next), "current"),
            Criterion.ECOSYSTEM_HEALTH,
            "outside-catalog");
    assertThat(unknownHealth.score()).isEqualTo(0.5);
    assertThat(deadHealth.score()).isEqualTo(0.2);
    assertThat(deadHealth.reasons().get(0))
        .contains("unmaintained by the team's account")
        .endsWith("for the rest of the 10-year life");
  }

  /** Problem 7: an add-on is part of its base's option, never its rival. */
  @Test
  void anAddOnIsPartOfItsBasesOptionNeverItsRival() {
    Framework base = framework("base").name("Base").build();
    Framework addOn =
        framework("addon")
            .name("Add-on")
            .extendsFramework("base")
            .feature(Feature.OPENAPI, Support.BUILT_IN)
            .build();
    Evaluation withNeed = evaluate(profile().needs(Feature.OPENAPI).build(), TODAY, base, addOn);
    assertThat(withNeed.ranking())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.framework().id()).isEqualTo("base");
              assertThat(r.optionName()).isEqualTo("Base with Add-on");
            });
    Evaluation without = evaluate(profile().build(), TODAY, base, addOn);
    assertThat(without.ranking()).extracting(r -> r.framework().id()).doesNotContain("addon");
    assertThat(without.shortlist().ids()).doesNotContain("addon");
  }

  /**
   * Problem 7: an add-on without a benchmark of its own runs inside its base: the base's counts.
   */
  @Test
  void anAddOnWithoutABenchmarkIsCostedAsItsBase() {
    Framework base =
        framework("base").name("Base").runtime(Runtime.CPYTHON).fortunes(14_552).build();
    Framework other =
        framework("other").name("Other").runtime(Runtime.CPYTHON).fortunes(60_000).build();
    Framework addOn =
        framework("addon")
            .name("Add-on")
            .runtime(Runtime.CPYTHON)
            .extendsFramework("base")
            .feature(Feature.OPENAPI, Support.BUILT_IN)
            .build();
    Evaluation e =
        evaluate(
            profile().needs(Feature.OPENAPI).traffic(500, 2_000, 200).build(),
            TODAY,
            base,
            other,
            addOn);
    RankedFramework option = entry(e, "addon");
    assertThat(option.addOn()).isPresent();
    SubFactorScore capacity = part(option, Criterion.SCALE_FIT, "capacity-cost");
    assertThat(capacity.reasons().get(0)).contains("its base Base's figure").contains("14,552");
  }

  /** Problem 8: a close call is decided by the sensitivity analysis, not by a score gap. */
  @Test
  void aWinnerThatHoldsUnderMostWeightVariationsIsNoCloseCall() {
    Framework a = framework("a").name("A").fortunes(90_000).build();
    Framework b = framework("b").name("B").fortunes(10_000).build();
    Evaluation e = evaluate(profile().traffic(20_000, 20_000, 200).build(), TODAY, a, b);
    assertThat(e.sensitivity().winnerProbability()).isGreaterThan(CloseCall.WINNER_PROBABILITY);
    assertThat(CloseCall.of(e)).isEmpty();
  }

  /** Problem 8: reasons read as sentences: no duplicated words, no worker per websocket. */
  @Test
  void reasonsNeitherRepeatWordsNorClaimAWebsocketHoldsAWorker() {
    Framework rails =
        framework("rails")
            .name("Rails")
            .runtime(Runtime.RUBY)
            .languages(Language.RUBY)
            .feature(Feature.WEBSOCKETS, Support.BUILT_IN)
            .build();
    Profile p = profile().realtime().traffic(20_000, 20_000, 200).build();
    List<String> reasons =
        entry(evaluate(p, TODAY, rails), "rails").criteria().values().stream()
            .flatMap(c -> c.reasons().stream())
            .toList();
    assertThat(reasons)
        .noneMatch(r -> r.matches("(?i).*\\b(\\w+) \\1\\b.*"))
        .noneMatch(r -> r.contains("each connection holds a worker"));
  }

  /** Problem 8: retraining compares the aspect that is poor, so it never sends Go teams to Java. */
  @Test
  void retrainingNeverProposesAFrameworkOnlyForStrengthsItHasElsewhere() {
    Framework spring =
        framework("spring")
            .name("Spring")
            .languages(Language.JAVA)
            .runtime(Runtime.JVM)
            .fortunes(22_000, "full", "blocking")
            .feature(Feature.ORM, Support.FIRST_PARTY)
            .feature(Feature.TRANSACTIONS, Support.BUILT_IN)
            .build();
    Profile goTeam =
        profile().knows(Language.GO, Level.EXPERT).traffic(5_000, 5_000, 200).lifespan(5).build();
    Evaluation e = evaluate(goTeam, TODAY, gin(), spring);
    assertThat(e.advisories())
        .noneMatch(a -> a.id() == AdvisoryId.RETRAINING_WORTH_IT)
        .as("Go already carries the traffic; nothing about capacity sends the team to Java");
    Profile complexData =
        profile()
            .knows(Language.GO, Level.EXPERT)
            .data(DataKind.RELATIONAL_COMPLEX)
            .lifespan(5)
            .build();
    evaluate(complexData, TODAY, gin(), spring).advisories().stream()
        .filter(a -> a.id() == AdvisoryId.RETRAINING_WORTH_IT)
        .forEach(a -> assertThat(a.message()).contains("on data fit"));
  }
}
