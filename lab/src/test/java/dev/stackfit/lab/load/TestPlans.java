package dev.stackfit.lab.load;

import java.net.URI;
import java.time.Duration;

/** Builds plans for tests with short, explicit defaults; change one thing at a time. */
final class TestPlans {
  private URI target;
  private LoadMode mode = LoadMode.OPEN;
  private RateCurve rate = new RateCurve.Constant(100);
  private Arrival arrival = Arrival.CONSTANT;
  private int connections = 8;
  private int threads = 1;
  private int maxInFlight = 10_000;
  private Duration duration = Duration.ofSeconds(1);
  private long maxRequests;
  private Duration warmup = Duration.ZERO;
  private Duration timeout = Duration.ofSeconds(2);
  private ResponseCheck check = ResponseCheck.statusBelow400();

  private TestPlans(URI target) {
    this.target = target;
  }

  static TestPlans against(URI target) {
    return new TestPlans(target);
  }

  TestPlans rate(double perSec) {
    return rate(new RateCurve.Constant(perSec));
  }

  TestPlans rate(RateCurve curve) {
    this.rate = curve;
    return this;
  }

  TestPlans poisson() {
    this.arrival = Arrival.POISSON;
    return this;
  }

  TestPlans closed() {
    this.mode = LoadMode.CLOSED;
    this.rate = null;
    return this;
  }

  TestPlans connections(int count) {
    this.connections = count;
    return this;
  }

  TestPlans threads(int count) {
    this.threads = count;
    return this;
  }

  TestPlans duration(Duration value) {
    this.duration = value;
    return this;
  }

  TestPlans maxRequests(long count) {
    this.maxRequests = count;
    return this;
  }

  TestPlans warmup(Duration value) {
    this.warmup = value;
    return this;
  }

  TestPlans timeout(Duration value) {
    this.timeout = value;
    return this;
  }

  TestPlans check(ResponseCheck value) {
    this.check = value;
    return this;
  }

  LoadPlan build() {
    ConnectionSizing sizing =
        mode == LoadMode.OPEN
            ? ConnectionSizing.openModel(rate.peakRatePerSec(), timeout, connections, maxInFlight)
            : ConnectionSizing.closedModel(connections);
    return new LoadPlan(
        target,
        mode,
        rate,
        arrival,
        sizing,
        threads,
        duration,
        maxRequests,
        warmup,
        timeout,
        RequestTemplate.get(),
        check,
        42);
  }

  LoadResult run() {
    return new LoadGenerator().run(build(), LoadListener.NONE);
  }
}
