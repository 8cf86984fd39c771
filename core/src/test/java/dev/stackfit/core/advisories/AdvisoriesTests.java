package dev.stackfit.core.advisories;

import static dev.stackfit.core.testing.TestFrameworks.TODAY;
import static dev.stackfit.core.testing.TestFrameworks.framework;
import static dev.stackfit.core.testing.TestProfiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.EvaluationOptions;
import dev.stackfit.core.evaluation.Evaluator;
import dev.stackfit.core.profile.Architecture;
import dev.stackfit.core.profile.AsyncExperience;
import dev.stackfit.core.profile.DataKind;
import dev.stackfit.core.profile.Interop;
import dev.stackfit.core.profile.Level;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.profile.Turnover;
import dev.stackfit.core.profile.Workload;
import dev.stackfit.core.testing.TestProfiles;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdvisoriesTests {
  private static final Framework SYNC =
      framework("sync").languages(Language.PHP).runtime(Runtime.PHP).fortunes(7_000).build();
  private static final Framework ASYNC =
      framework("async")
          .languages(Language.JAVASCRIPT)
          .runtime(Runtime.NODE)
          .model(RequestModel.EVENT_LOOP)
          .fortunes(40_000)
          .build();
  private static final Framework FAST =
      framework("fast")
          .languages(Language.GO)
          .runtime(Runtime.NATIVE)
          .model(RequestModel.GOROUTINES)
          .fortunes(150_000)
          .build();
  private static final Framework YOUNG = framework("young").firstRelease(2025).build();
  private static final Catalog CATALOG = new Catalog(TODAY, List.of(SYNC, ASYNC, FAST, YOUNG));

  private static List<String> ids(Profile profile) {
    Evaluation e =
        Evaluator.evaluate(profile, CATALOG, new EvaluationOptions(TODAY, 1, 0, Optional.empty()));
    return e.advisories().stream().map(a -> a.id().id()).toList();
  }

  private static Advisory advisory(Profile profile, AdvisoryId id) {
    Evaluation e =
        Evaluator.evaluate(profile, CATALOG, new EvaluationOptions(TODAY, 1, 0, Optional.empty()));
    return e.advisories().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
  }

  private static TestProfiles quiet() {
    return profile().workload(Workload.MIXED).lifespan(2);
  }

  @Test
  void pocNextAlwaysFiresAndAQuietProfileGetsNothingElse() {
    assertThat(ids(quiet().build())).containsExactly("poc-next");
  }

  @Test
  void extremePerformanceFiresAtTheThresholdsAndNotBelow() {
    assertThat(ids(quiet().traffic(1000, 100_000, 200).build())).contains("extreme-performance");
    assertThat(ids(quiet().traffic(1000, 99_999, 200).build()))
        .doesNotContain("extreme-performance");
    assertThat(ids(quiet().traffic(10, 100, 10).build())).contains("extreme-performance");
    assertThat(ids(quiet().traffic(10, 100, 11).build())).doesNotContain("extreme-performance");
    assertThat(
            advisory(quiet().traffic(1000, 250_000, 200).build(), AdvisoryId.EXTREME_PERFORMANCE)
                .message())
        .startsWith("3-year peak 250,000 rps is beyond");
  }

  @Test
  void asyncLearningCurveFiresOnlyWhenAnAsyncCandidateLeadsForATeamWithoutAsync() {
    Profile jsTeam =
        quiet()
            .knows(Language.JAVASCRIPT, Level.EXPERT)
            .knowsFramework("async", Level.EXPERT)
            .async(AsyncExperience.NONE)
            .build();
    assertThat(advisory(jsTeam, AdvisoryId.ASYNC_LEARNING_CURVE).message())
        .contains("Async (asynchronous event loop)");
    Profile withAsync =
        quiet().knows(Language.JAVASCRIPT, Level.EXPERT).async(AsyncExperience.SOME).build();
    assertThat(ids(withAsync)).doesNotContain("async-learning-curve");
  }

  @Test
  void conventionsForTeamFiresForDistributedHighTurnoverOrLargeTeams() {
    assertThat(ids(quiet().distributed().build())).contains("conventions-for-team");
    assertThat(ids(quiet().turnover(Turnover.HIGH).build())).contains("conventions-for-team");
    assertThat(ids(quiet().size(10).build())).contains("conventions-for-team");
    assertThat(ids(quiet().size(9).turnover(Turnover.MEDIUM).build()))
        .doesNotContain("conventions-for-team");
    assertThat(
            advisory(quiet().size(12).distributed().build(), AdvisoryId.CONVENTIONS_FOR_TEAM)
                .message())
        .startsWith("The team is spread across time zones, a team of 12");
  }

  @Test
  void microserviceInteropNeedsAMicroserviceWithGrpcQueueOrMesh() {
    assertThat(ids(quiet().architecture(Architecture.MICROSERVICE).interop(Interop.GRPC).build()))
        .contains("microservice-interop");
    assertThat(
            ids(quiet().architecture(Architecture.MICROSERVICE).interop(Interop.GRAPHQL).build()))
        .doesNotContain("microservice-interop");
    assertThat(ids(quiet().architecture(Architecture.MICROSERVICE).build()))
        .doesNotContain("microservice-interop");
    assertThat(ids(quiet().interop(Interop.GRPC).build())).doesNotContain("microservice-interop");
  }

  @Test
  void shortLivedFiresBelowOneYear() {
    assertThat(ids(quiet().lifespan(0.9).build())).contains("short-lived");
    assertThat(ids(quiet().lifespan(1).build())).doesNotContain("short-lived");
  }

  @Test
  void retrainingFiresWhenTheKnownStackFitsScalePoorlyAndTheProjectLivesLongEnough() {
    Profile php =
        quiet().knows(Language.PHP, Level.EXPERT).traffic(500, 30_000, 200).lifespan(5).build();
    assertThat(advisory(php, AdvisoryId.RETRAINING_WORTH_IT).message())
        .contains("a 3-year peak of 30,000 rps")
        .contains("Sync");
    assertThat(
            ids(
                quiet()
                    .knows(Language.PHP, Level.EXPERT)
                    .traffic(500, 30_000, 200)
                    .lifespan(1.5)
                    .build()))
        .doesNotContain("retraining-worth-it");
    assertThat(
            ids(
                quiet()
                    .knows(Language.GO, Level.EXPERT)
                    .traffic(500, 30_000, 200)
                    .lifespan(5)
                    .build()))
        .doesNotContain("retraining-worth-it");
    assertThat(
            ids(
                quiet()
                    .knows(Language.PHP, Level.EXPERT)
                    .traffic(10, 100, 500)
                    .lifespan(5)
                    .build()))
        .doesNotContain("retraining-worth-it");
  }

  @Test
  void youngFrameworkFiresForALongLivedSystemWhenAYoungCandidateLeads() {
    Profile longLived =
        quiet()
            .knows(Language.JAVA, Level.EXPERT)
            .knowsFramework("young", Level.EXPERT)
            .lifespan(5)
            .build();
    assertThat(advisory(longLived, AdvisoryId.YOUNG_FRAMEWORK).message())
        .contains("Young (first released 2025)");
    assertThat(
            ids(
                quiet()
                    .knows(Language.JAVA, Level.EXPERT)
                    .knowsFramework("young", Level.EXPERT)
                    .lifespan(2)
                    .build()))
        .doesNotContain("young-framework");
    assertThat(
            ids(
                quiet()
                    .knows(Language.JAVA, Level.EXPERT)
                    .knowsFramework("young", Level.EXPERT)
                    .lifespan(2)
                    .critical()
                    .build()))
        .contains("young-framework");
  }

  @Test
  void wholeStackFiresForIoBoundWorkOnly() {
    assertThat(ids(quiet().workload(Workload.IO_BOUND).build())).contains("whole-stack");
    assertThat(ids(quiet().workload(Workload.CPU_BOUND).build())).doesNotContain("whole-stack");
    assertThat(ids(quiet().data(DataKind.NONE).build())).doesNotContain("whole-stack");
  }
}
