package dev.stackfit.lab.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.lab.load.LoopbackHttpServer.Behaviour;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadGeneratorTests {

  @Test
  void openModelLatencyShowsAServerStallThatServiceTimeHides() {
    try (var server = new LoopbackHttpServer(Behaviour.FREEZE_500MS_EVERY_2S)) {
      LoadResult result =
          TestPlans.against(server.uri())
              .rate(200)
              .connections(4)
              .duration(Duration.ofSeconds(4))
              .run();

      assertThat(result.errors().total()).isZero();
      assertThat(result.latencyMs().p99()).isGreaterThan(400);
      assertThat(result.latencyMs().p90()).isGreaterThan(150);
      assertThat(result.serviceTimeMs().p90()).isLessThan(100);
      assertThat(result.maxBacklog()).isGreaterThan(50);
      assertThat(result.connectionWaitMs().p99()).isGreaterThan(100);
    }
  }

  @Test
  void closedModelUnderCountsTheSameStall() {
    try (var server = new LoopbackHttpServer(Behaviour.FREEZE_500MS_EVERY_2S)) {
      LoadResult result =
          TestPlans.against(server.uri())
              .closed()
              .connections(4)
              .duration(Duration.ofSeconds(4))
              .run();

      // Only the 4 requests in flight during each freeze see it; thousands of quick ones dilute it.
      assertThat(result.latency().getMaxValue()).isGreaterThan(300_000);
      assertThat(result.latencyMs().p99()).isLessThan(100);
    }
  }

  @Test
  void achievesTheTargetRateWithinOnePercentWhenTheServerKeepsUp() {
    try (var server = new LoopbackHttpServer(Behaviour.OK)) {
      LoadResult result =
          TestPlans.against(server.uri())
              .rate(1000)
              .warmup(Duration.ofMillis(500))
              .duration(Duration.ofSeconds(3))
              .run();

      assertThat(result.requests()).isEqualTo(3000);
      assertThat(result.ok()).isEqualTo(3000);
      assertThat(result.achievedRatePerSec()).isCloseTo(1000, within(10.0));
      assertThat(result.scheduleLagMs().p50()).isLessThan(5.0);
    }
  }

  @Test
  void reportsEachStepOfAStaircaseSeparately() {
    try (var server = new LoopbackHttpServer(Behaviour.OK)) {
      LoadResult result =
          TestPlans.against(server.uri())
              .rate(new RateCurve.Steps(List.of(100.0, 300.0)))
              .duration(Duration.ofSeconds(2))
              .run();

      assertThat(result.requests()).isEqualTo(400);
      assertThat(result.stages()).hasSize(2);
      assertThat(result.stages().get(0).requests()).isEqualTo(100);
      assertThat(result.stages().get(1).requests()).isEqualTo(300);
      assertThat(result.stages().get(1).achievedRatePerSec()).isCloseTo(300, within(3.0));
      assertThat(LoadSummary.render(result)).contains("Steps (by intended start)");
    }
  }

  @Test
  void splitsRateAndConnectionsBetweenThreads() {
    try (var server = new LoopbackHttpServer(Behaviour.OK)) {
      LoadResult open = TestPlans.against(server.uri()).rate(1000).threads(2).run();
      LoadResult closed = TestPlans.against(server.uri()).closed().connections(4).threads(2).run();

      assertThat(open.requests()).isEqualTo(1000);
      assertThat(open.ok()).isEqualTo(1000);
      assertThat(open.connectionsOpened()).isEqualTo(8);
      assertThat(closed.ok()).isEqualTo(closed.requests()).isGreaterThan(500);
    }
  }

  @Test
  void poissonArrivalsKeepTheMeanRate() {
    try (var server = new LoopbackHttpServer(Behaviour.OK)) {
      LoadResult result =
          TestPlans.against(server.uri())
              .rate(1000)
              .poisson()
              .duration(Duration.ofSeconds(2))
              .run();

      assertThat(result.requests()).isBetween(1850L, 2150L).isNotEqualTo(2000L);
      assertThat(result.errors().total()).isZero();
    }
  }

  @Test
  void countsARefusedConnectionAsAConnectError() throws IOException {
    URI refused;
    try (var socket = new ServerSocket(0)) {
      refused = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
    }
    LoadResult result = TestPlans.against(refused).rate(50).run();

    assertThat(result.requests()).isEqualTo(50);
    assertThat(result.errors()).isEqualTo(new LoadResult.Errors(50, 0, 0, 0, 0));
    assertThat(result.connectionsOpened()).isZero();
  }

  @Test
  void countsAServerClosingMidResponseAsAReadError() {
    try (var server = new LoopbackHttpServer(Behaviour.CLOSE_MID_RESPONSE)) {
      LoadResult result = TestPlans.against(server.uri()).rate(50).run();

      assertThat(result.errors()).isEqualTo(new LoadResult.Errors(0, 50, 0, 0, 0));
      assertThat(result.responses()).isZero();
    }
  }

  @Test
  void countsServerErrorsAsStatusErrorsAndStillMeasuresThem() {
    try (var server = new LoopbackHttpServer(Behaviour.STATUS_500)) {
      LoadResult result = TestPlans.against(server.uri()).rate(50).run();

      assertThat(result.errors()).isEqualTo(new LoadResult.Errors(0, 0, 0, 50, 0));
      assertThat(result.latency().getTotalCount()).isEqualTo(50);
    }
  }

  @Test
  void countsUnansweredRequestsAsTimeouts() {
    try (var server = new LoopbackHttpServer(Behaviour.NEVER_ANSWER)) {
      LoadResult result =
          TestPlans.against(server.uri())
              .rate(50)
              .connections(20)
              .timeout(Duration.ofMillis(200))
              .run();

      assertThat(result.errors()).isEqualTo(new LoadResult.Errors(0, 0, 50, 0, 0));
    }
  }

  @Test
  void checksStatusAndBodyWhenAsked() {
    try (var server = new LoopbackHttpServer(Behaviour.OK)) {
      LoadResult wrongBody =
          TestPlans.against(server.uri())
              .rate(50)
              .check(new ResponseCheck(Set.of(), "goodbye"))
              .run();
      LoadResult wrongStatus =
          TestPlans.against(server.uri())
              .rate(50)
              .check(new ResponseCheck(Set.of(201), null))
              .run();
      LoadResult right =
          TestPlans.against(server.uri())
              .rate(50)
              .check(new ResponseCheck(Set.of(200), "loopback server"))
              .run();

      assertThat(wrongBody.errors()).isEqualTo(new LoadResult.Errors(0, 0, 0, 0, 50));
      assertThat(wrongStatus.errors()).isEqualTo(new LoadResult.Errors(0, 0, 0, 50, 0));
      assertThat(right.ok()).isEqualTo(50);
    }
  }

  @Test
  void excludesTheWarmUpFromEveryResult() {
    try (var server = new LoopbackHttpServer(Behaviour.FAIL_FIRST_THEN_OK, 100)) {
      LoadResult result =
          TestPlans.against(server.uri()).rate(100).warmup(Duration.ofSeconds(1)).run();

      assertThat(server.received()).isEqualTo(200);
      assertThat(result.requests()).isEqualTo(100);
      assertThat(result.errors().total()).isZero();
      assertThat(result.latency().getTotalCount()).isEqualTo(100);
    }
  }

  @Test
  void stopsAfterTheRequestCount() {
    try (var server = new LoopbackHttpServer(Behaviour.OK)) {
      long started = System.nanoTime();
      LoadResult result =
          TestPlans.against(server.uri())
              .rate(1000)
              .duration(Duration.ofSeconds(30))
              .maxRequests(300)
              .run();

      assertThat(result.requests()).isEqualTo(300);
      assertThat(result.achievedRatePerSec()).isCloseTo(1000, within(50.0));
      assertThat(System.nanoTime() - started).isLessThan(Duration.ofSeconds(5).toNanos());
    }
  }

  @Test
  void refusesToLoadAHostThatIsNotLoopback() {
    LoadPlan plan = TestPlans.against(URI.create("http://192.0.2.1/")).build();

    assertThatThrownBy(() -> new LoadGenerator().run(plan, LoadListener.NONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not loopback");
  }

  @Test
  void closedModelSendsAsFastAsConnectionsAllowAndWarnsAboutCoordinatedOmission() {
    try (var server = new LoopbackHttpServer(Behaviour.OK)) {
      LoadResult result = TestPlans.against(server.uri()).closed().connections(4).run();

      assertThat(result.requests()).isGreaterThan(500);
      assertThat(result.errors().total()).isZero();
      assertThat(result.targetRatePerSec()).isNull();
      assertThat(result.achievedRatePerSec()).isGreaterThan(500);
      assertThat(result.warnings()).anyMatch(w -> w.contains("coordinated omission"));
    }
  }
}
