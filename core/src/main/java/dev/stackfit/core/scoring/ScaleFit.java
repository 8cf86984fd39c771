package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Performance;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.evidence.MeasuredCandidate;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.profile.Traffic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Project scale and growth (guide, criterion 2): throughput headroom at the 3-year peak, the
 * latency target, the workload's shape, realtime needs, data complexity against the ORM, and
 * measured PoC evidence when there is some.
 */
final class ScaleFit implements CriterionScorer {
  /** Capacity is planned with this margin over the design peak ("meets your needs with margin"). */
  static final double MARGIN = 2;

  /**
   * TFB's Fortunes test is a single simple query plus templating on a tuned setup; real endpoints
   * do several times the work. Dividing by this factor turns a lab figure into a planning figure.
   */
  static final double REAL_WORK_FACTOR = 5;

  /** Up to this many cores at the design peak costs nothing; each doubling beyond costs 0.2. */
  static final double COMFORTABLE_CORES = 24;

  @Override
  public Criterion criterion() {
    return Criterion.SCALE_FIT;
  }

  @Override
  public CriterionScore score(Framework framework, Profile profile, ScoringContext context) {
    List<SubFactorScore> parts = new ArrayList<>();
    parts.add(headroom(framework, profile.project().traffic(), context));
    parts.add(latency(framework, profile.project().traffic()));
    parts.add(Workloads.score(framework, profile.project().workload()));
    if (profile.project().realtime()) {
      parts.add(realtime(framework));
    }
    parts.add(DataFit.score(framework, profile.project().data()));
    context
        .evidence()
        .flatMap(e -> e.of(framework.id()).map(m -> measured(m, e.source(), profile)))
        .ifPresent(parts::add);
    return CriterionScore.of(criterion(), parts);
  }

  record Capacity(double perCoreRps, String basis) {}

  static Capacity capacity(Framework framework, ScoringContext context) {
    Optional<Fact<Performance>> performance =
        framework.performance().filter(p -> p.value().fortunesRps() > 0);
    if (performance.isPresent()) {
      Fact<Performance> fact = performance.get();
      return new Capacity(
          ScoringContext.perThread(fact.value()) / REAL_WORK_FACTOR,
          String.format(
              Locale.ROOT,
              "TechEmpower Fortunes %s rps (%s, %s, peak-tuned lab figure%s)%s",
              Text.number(fact.value().fortunesRps()),
              fact.value().variant(),
              fact.asOf(),
              fact.verificationSuffix(),
              EcosystemHealth.isStale(fact, context.today())
                  ? "; stale: older than " + EcosystemHealth.STALE_MONTHS + " months"
                  : ""));
    }
    Runtime runtime = framework.runtime().value();
    var median = context.medianFortunesPerThread(runtime);
    if (median.isPresent()) {
      return new Capacity(
          median.getAsDouble() / REAL_WORK_FACTOR,
          "no benchmark of its own; median of catalog frameworks on " + Text.runtime(runtime));
    }
    return new Capacity(
        fallbackPerCore(runtime),
        "no benchmark evidence; rough estimate for " + Text.runtime(runtime));
  }

  private static double fallbackPerCore(Runtime runtime) {
    return switch (runtime) {
      case NATIVE -> 600;
      case JVM, DOTNET -> 300;
      case NODE, BEAM -> 150;
      case CPYTHON, RUBY, PHP -> 60;
    };
  }

  private static SubFactorScore headroom(
      Framework framework, Traffic traffic, ScoringContext context) {
    Capacity capacity = capacity(framework, context);
    double peak = traffic.designPeakRps();
    double cores = peak * MARGIN / capacity.perCoreRps();
    double score = cores <= COMFORTABLE_CORES ? 1 : 1 - 0.2 * log2(cores / COMFORTABLE_CORES);
    String reason =
        "3-year peak "
            + Text.number(peak)
            + " rps with "
            + Text.whole(MARGIN)
            + "x margin needs about "
            + Text.number(Math.max(1, Math.ceil(cores)))
            + " cores at ~"
            + Text.number(capacity.perCoreRps())
            + " rps/core; basis: "
            + capacity.basis();
    List<String> reasons = new ArrayList<>(List.of(reason));
    if (peak >= 10_000
        && !framework.requestModel().value().lightweightConcurrency()
        && framework.alsoSupports().stream().noneMatch(RequestModel::lightweightConcurrency)) {
      reasons.add(
          "at this scale a synchronous "
              + framework.requestModel().value().description()
              + " model needs many workers; an async or compiled runtime carries it with more margin");
    }
    if (framework.runtime().value() == Runtime.NODE && peak >= 1_000) {
      reasons.add("Node.js uses one core per process: plan clustering or several instances");
    }
    return new SubFactorScore("throughput-headroom", SubFactorScore.clamp(score), 0.35, reasons);
  }

  private static SubFactorScore latency(Framework framework, Traffic traffic) {
    double sensitivity =
        switch (framework.runtime().value()) {
          case NATIVE, BEAM -> 1.0;
          case DOTNET -> 0.85;
          case JVM -> 0.8;
          case NODE -> 0.7;
          case CPYTHON, RUBY, PHP -> 0.45;
        };
    int target = traffic.p99LatencyMs();
    // Targets of 100 ms and more leave every runtime room; at 10 ms and below only the runtime's
    // own pauses and per-request overhead remain, so the runtime class decides.
    double tightness = target >= 100 ? 0 : target <= 10 ? 1 : (100.0 - target) / 90.0;
    double score = 1 - tightness * (1 - sensitivity);
    String reason =
        tightness == 0
            ? "p99 target "
                + target
                + " ms leaves room on "
                + Text.runtime(framework.runtime().value())
            : "p99 target "
                + target
                + " ms is "
                + (score < 0.7 ? "tight" : "demanding")
                + " for "
                + Text.runtime(framework.runtime().value());
    return SubFactorScore.of("latency-target", score, 0.15, reason);
  }

  private static SubFactorScore realtime(Framework framework) {
    Support websockets = framework.support(Feature.WEBSOCKETS);
    double support =
        switch (websockets) {
          case BUILT_IN -> 1.0;
          case FIRST_PARTY -> 0.9;
          case ECOSYSTEM -> 0.6;
          case NONE -> 0.2;
        };
    boolean light =
        framework.requestModel().value().lightweightConcurrency()
            || framework.alsoSupports().stream().anyMatch(RequestModel::lightweightConcurrency);
    double score = support * (light ? 1 : 0.6);
    return SubFactorScore.of(
        "realtime",
        score,
        0.15,
        "realtime needs long-lived connections: websockets "
            + websockets.id()
            + (light ? ", cheap concurrent connections" : ", but each connection holds a worker"));
  }

  /**
   * The measured figure scored against the 3-year peak. A figure the lab did not judge clean
   * (machine-bound or uncertain) is named in the reason and weighs {@link
   * dev.stackfit.core.evidence.EvidenceQuality#weightFactor()} of a clean one's 0.5.
   */
  private static SubFactorScore measured(MeasuredCandidate m, String source, Profile profile) {
    double target = Math.max(1, profile.project().traffic().designPeakRps());
    double margin = m.maxSustainableRps() / target;
    double score = Math.min(1, margin / MARGIN);
    String caveat = m.quality().caveat().isEmpty() ? "" : "; " + m.quality().caveat();
    String note = m.qualityNote().isEmpty() || caveat.isEmpty() ? "" : " (" + m.qualityNote() + ")";
    return SubFactorScore.of(
        "measured-throughput",
        score,
        0.5 * m.quality().weightFactor(),
        String.format(
                Locale.ROOT,
                "measured in PoC (%s): %s rps sustained under the p99 target, %.1fx the 3-year peak",
                source,
                Text.number(m.maxSustainableRps()),
                margin)
            + caveat
            + note);
  }

  static double log2(double value) {
    return Math.log(value) / Math.log(2);
  }
}
