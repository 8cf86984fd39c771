package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.evidence.MeasuredCandidate;
import dev.stackfit.core.profile.AsyncIo;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.profile.Project;
import dev.stackfit.core.profile.Traffic;
import dev.stackfit.core.profile.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Project scale and growth (guide, criterion 2): what carrying the 3-year peak costs against the
 * cheapest candidate, the latency target, the workload's shape, requests that wait on slow I/O,
 * realtime needs, data complexity against the ORM, and measured PoC evidence when there is some.
 */
final class ScaleFit implements CriterionScorer {
  /** Capacity is planned with this margin over the design peak ("meets your needs with margin"). */
  static final double MARGIN = 2;

  /**
   * Capacity differences count in full only when the cheapest candidate needs many cores: at this
   * many cores they count half (and at a quarter of a core, hardly at all).
   */
  static final double HALF_WEIGHT_CORES = 4;

  /** How steeply the score falls with the ratio of cores: needing 2x the cores halves it. */
  static final double RATIO_EXPONENT = 1;

  /** Peak rate from which a synchronous thread-per-request model is worth a reason. */
  static final int MANY_WORKERS_RPS = 10_000;

  @Override
  public Criterion criterion() {
    return Criterion.SCALE_FIT;
  }

  @Override
  public CriterionScore score(Framework framework, Profile profile, ScoringContext context) {
    List<SubFactorScore> parts = new ArrayList<>();
    parts.add(capacityCost(framework, profile.project(), context));
    parts.add(latency(framework, profile.project().traffic()));
    parts.add(Workloads.score(framework, profile.project().workload()));
    if (!profile.project().asyncIo().isEmpty()) {
      parts.add(waitingRequests(framework, profile.project().asyncIo()));
    }
    if (profile.project().realtime()) {
      parts.add(realtime(framework));
    }
    parts.add(DataFit.score(framework, profile.project().data()));
    context
        .measured(framework)
        .map(m -> measured(m, context.evidence().orElseThrow().source(), profile))
        .ifPresent(parts::add);
    return CriterionScore.of(criterion(), parts);
  }

  /**
   * Cores needed at the design peak with margin, against the cheapest candidate: score = 1 - w x (1
   * - 1 / ratio), where w = cheapest cores / (cheapest cores + 4) says how much capacity matters at
   * this traffic. The ratio does not change with traffic and w only grows with it, so more traffic
   * never helps the more expensive of two frameworks.
   */
  static SubFactorScore capacityCost(Framework framework, Project project, ScoringContext context) {
    Workload workload = project.workload();
    CapacityModel.RequestCost cost = context.capacity().cost(framework, workload);
    double peak = project.traffic().designPeakRps();
    double cores = peak * MARGIN * cost.totalSeconds();
    Optional<ScoringContext.Cheapest> cheapest = context.cheapest(workload);
    double bestCores =
        cheapest.map(c -> Math.min(cores, peak * MARGIN * c.seconds())).orElse(cores);
    double ratio = bestCores > 0 ? cores / bestCores : 1;
    double importance = bestCores / (bestCores + HALF_WEIGHT_CORES);
    double score = 1 - importance * (1 - Math.pow(ratio, -RATIO_EXPONENT));
    List<String> reasons = new ArrayList<>();
    reasons.add(
        String.format(
            Locale.ROOT,
            "3-year peak %s rps with %.0fx margin needs about %s cores at ~%s rps per core; basis: %s",
            Text.number(peak),
            MARGIN,
            Text.cores(cores),
            Text.number(1 / cost.totalSeconds()),
            cost.basis()));
    reasons.add(
        String.format(
            Locale.ROOT,
            "the application's own %s work is %.0f%% of each request's CPU (assumed, the same for"
                + " every framework on %s)",
            workload.id(),
            100 * cost.applicationSeconds() / cost.totalSeconds(),
            Text.runtime(framework.runtime().value())));
    cheapest
        .filter(c -> !c.framework().id().equals(framework.id()) && ratio > 1.005)
        .ifPresent(
            c ->
                reasons.add(
                    String.format(
                        Locale.ROOT,
                        "%.1fx the cores of the cheapest candidate, %s (%s cores); capacity weighs"
                            + " %.0f%% at this traffic",
                        ratio,
                        c.framework().name(),
                        Text.cores(bestCores),
                        100 * importance)));
    RequestModel model = framework.requestModel().value();
    if (peak >= MANY_WORKERS_RPS
        && !model.lightweightConcurrency()
        && framework.alsoSupports().stream().noneMatch(RequestModel::lightweightConcurrency)) {
      reasons.add(
          "at this scale one worker per request in flight means many workers; an async or"
              + " compiled runtime carries it with more margin");
    }
    if (framework.runtime().value() == Runtime.NODE && peak >= 1_000) {
      reasons.add("Node.js uses one core per process: plan clustering or several instances");
    }
    return new SubFactorScore("capacity-cost", SubFactorScore.clamp(score), 0.35, reasons);
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

  /**
   * Requests that wait on slow upstream calls, stream, fan out or stay open pile up in flight: a
   * model with cheap concurrency carries them; one worker per request needs as many workers as
   * requests in flight, which costs threads on the JVM or .NET and whole processes' memory on
   * CPython, Ruby and PHP.
   */
  static SubFactorScore waitingRequests(Framework framework, Set<AsyncIo> needs) {
    String why = String.join(", ", needs.stream().map(AsyncIo::description).toList());
    RequestModel model = framework.requestModel().value();
    if (model.lightweightConcurrency()) {
      return SubFactorScore.of(
          "waiting-requests",
          1,
          0.25,
          why + ": many requests in flight are cheap with " + model.description());
    }
    Optional<RequestModel> option = waitingOption(framework);
    if (option.isPresent()) {
      return SubFactorScore.of(
          "waiting-requests",
          0.8,
          0.25,
          why
              + ": "
              + framework.name()
              + " needs its "
              + option.get().description()
              + " option for these, not its default one worker per request");
    }
    boolean processes =
        switch (framework.runtime().value()) {
          case CPYTHON, RUBY, PHP -> true;
          default -> false;
        };
    return SubFactorScore.of(
        "waiting-requests",
        processes ? 0.3 : 0.55,
        0.25,
        why
            + ": each request in flight holds a worker "
            + (processes ? "process or thread" : "thread")
            + " on "
            + Text.runtime(framework.runtime().value()));
  }

  /**
   * The option a framework whose default model holds a worker per request uses for requests that
   * wait (Django's ASGI views, Spring's virtual threads); empty when its default model carries them
   * or it has no such option.
   */
  static Optional<RequestModel> waitingOption(Framework framework) {
    if (framework.requestModel().value().lightweightConcurrency()) {
      return Optional.empty();
    }
    return framework.alsoSupports().stream()
        .filter(RequestModel::lightweightConcurrency)
        .findFirst();
  }

  private static SubFactorScore realtime(Framework framework) {
    Support websockets = framework.support(Feature.WEBSOCKETS);
    double score =
        switch (websockets) {
          case BUILT_IN -> 1.0;
          case FIRST_PARTY -> 0.9;
          case ECOSYSTEM -> 0.6;
          case NONE -> 0.2;
        };
    return SubFactorScore.of(
        "realtime",
        score,
        0.15,
        "realtime needs long-lived connections: websockets "
            + DataFit.describe(framework, Feature.WEBSOCKETS));
  }

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
}
