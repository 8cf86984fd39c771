package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.evidence.MeasuredCandidate;
import dev.stackfit.core.profile.Deploy;
import dev.stackfit.core.profile.Operations;
import dev.stackfit.core.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Operational complexity (guide, criterion 4): runtimes already operated, the runtime's own
 * complexity against devops maturity, the deploy target, the memory budget and tooling maturity.
 */
final class OperationalFit implements CriterionScorer {
  @Override
  public Criterion criterion() {
    return Criterion.OPERATIONAL_FIT;
  }

  @Override
  public CriterionScore score(Framework framework, Profile profile, ScoringContext context) {
    Operations ops = profile.operations();
    List<SubFactorScore> parts = new ArrayList<>();
    MeasuredCandidate measured = context.measured(framework).orElse(null);
    Startup startup = Startup.of(framework, measured);
    parts.add(runtimeInProduction(framework, ops));
    parts.add(complexity(framework, ops));
    parts.add(deployTarget(ops.deploy(), startup));
    if (ops.deploy() == Deploy.EDGE) {
      parts.add(edgeRuntime(framework));
    }
    ops.startupBudgetMs().ifPresent(budget -> parts.add(startupBudget(budget, startup)));
    if (ops.memoryPerInstanceMb().isPresent()) {
      parts.add(memory(framework, ops.memoryPerInstanceMb().getAsInt(), measured));
    }
    parts.add(tooling(framework, context));
    return CriterionScore.of(criterion(), parts);
  }

  /**
   * A runtime already operated costs nothing new. A new one costs most when it is a VM or an
   * interpreter to install, patch and tune; a statically linked native binary needs no runtime at
   * all; and a platform (PaaS, serverless, edge) runs the runtime for the team, halving the cost.
   */
  private static SubFactorScore runtimeInProduction(Framework framework, Operations ops) {
    Runtime runtime = framework.runtime().value();
    if (ops.runtimes().contains(runtime)) {
      return SubFactorScore.of(
          "runtime-in-production",
          1,
          0.35,
          "already operates " + Text.runtime(runtime) + " in production");
    }
    if (ops.runtimes().isEmpty()) {
      return SubFactorScore.of(
          "runtime-in-production", 0.6, 0.35, "no runtimes in production listed");
    }
    boolean binary = runtime == Runtime.NATIVE;
    double score = binary ? 0.7 : 0.3;
    String reason =
        binary
            ? "a native binary is new here, but needs no runtime installed: only the binary to"
                + " ship"
            : Text.runtime(runtime)
                + " would be a new runtime to operate (runs today: "
                + String.join(", ", ops.runtimes().stream().map(Runtime::id).toList())
                + ")";
    boolean platform =
        switch (ops.deploy()) {
          case PAAS, SERVERLESS, EDGE -> true;
          default -> false;
        };
    if (platform) {
      score += (1 - score) / 2;
      reason += "; on " + ops.deploy().id() + " the platform runs it, which halves that cost";
    }
    return SubFactorScore.of("runtime-in-production", score, 0.35, reason);
  }

  private static SubFactorScore complexity(Framework framework, Operations ops) {
    Runtime runtime = framework.runtime().value();
    double raw =
        switch (runtime) {
          case NATIVE -> 0.95;
          case NODE, DOTNET -> 0.8;
          case CPYTHON, PHP -> 0.75;
          case RUBY, JVM -> 0.7;
          case BEAM -> 0.55;
        };
    double lift =
        switch (ops.devopsMaturity()) {
          case LOW -> 0;
          case MEDIUM -> 0.3;
          case HIGH -> 0.6;
        };
    String what =
        switch (runtime) {
          case NATIVE -> "ships as a single binary";
          case NODE -> "one process per core behind a process manager";
          case DOTNET -> "Kestrel behind a reverse proxy, runtime or self-contained";
          case CPYTHON -> "application server with worker processes (gunicorn/uvicorn)";
          case PHP -> "PHP-FPM or a long-running worker behind a web server";
          case RUBY -> "Puma processes and threads, memory growth to watch";
          case JVM -> "JVM heap and GC tuning, slower start";
          case BEAM -> "BEAM releases and clustering, less common operational knowledge";
        };
    return SubFactorScore.of(
        "operational-complexity",
        raw + (1 - raw) * lift,
        0.2,
        Text.runtime(runtime) + ": " + what + "; devops maturity " + ops.devopsMaturity().id());
  }

  private static SubFactorScore deployTarget(Deploy deploy, Startup startup) {
    boolean coldStarts = deploy == Deploy.SERVERLESS || deploy == Deploy.EDGE;
    if (!coldStarts) {
      return SubFactorScore.of(
          "deploy-target", 0.95, 0.15, deploy.id() + " deployment suits any mainstream runtime");
    }
    int ms = startup.ms();
    double score = ms <= 100 ? 1 : ms <= 500 ? 0.85 : ms <= 2000 ? 0.6 : 0.3;
    return SubFactorScore.of(
        "deploy-target",
        score,
        0.35,
        deploy.id() + " wants fast cold starts: " + startup.describe());
  }

  /**
   * Edge platforms run code in V8 isolates (Cloudflare Workers, Deno Deploy, Vercel Edge) that
   * speak the Web-standard fetch API, not a server the framework starts itself: a framework built
   * on that API runs there as it is, an adapter or the platform's compatibility layer is a step
   * away from it, and a framework not recorded as running there cannot be deployed to the chosen
   * target.
   */
  static SubFactorScore edgeRuntime(Framework framework) {
    Support support = framework.support(Feature.EDGE_RUNTIME);
    double score =
        switch (support) {
          case BUILT_IN -> 1;
          case FIRST_PARTY -> 0.85;
          case ECOSYSTEM -> 0.6;
          case NONE -> 0.05;
        };
    String reason =
        "edge deployment runs Web-standard fetch handlers in isolates: "
            + framework.name()
            + (support == Support.NONE
                ? " is not recorded as running there; it needs its own server on "
                    + Text.runtime(framework.runtime().value())
                : " runs there: " + DataFit.describe(framework, Feature.EDGE_RUNTIME));
    return SubFactorScore.of("edge-runtime", score, 0.5, reason);
  }

  /**
   * A new instance must answer within the budget (scale to zero, serverless, fast autoscaling):
   * twice as fast as the budget scores 1, just within it 0.7, and beyond it in proportion.
   */
  static SubFactorScore startupBudget(int budgetMs, Startup startup) {
    double ratio = budgetMs / (double) Math.max(1, startup.ms());
    double score = ratio >= 2 ? 1 : ratio >= 1 ? 0.7 + 0.3 * (ratio - 1) : 0.7 * ratio;
    return SubFactorScore.of(
        "startup-budget",
        score,
        0.3,
        String.format(
            Locale.ROOT,
            "start-up budget %,d ms per instance; %s%s",
            budgetMs,
            startup.describe(),
            ratio >= 1 ? "" : ": over the budget"));
  }

  private static SubFactorScore memory(
      Framework framework, int budgetMb, MeasuredCandidate measured) {
    double typical;
    String basis;
    if (measured != null && measured.peakRssMb() > 0) {
      typical = measured.peakRssMb() / 2;
      basis = String.format(Locale.ROOT, "PoC peak RSS %.0f MiB", measured.peakRssMb());
    } else if (framework.footprint().isPresent()) {
      typical = framework.footprint().get().value().idleMemoryMb();
      basis = "typical idle " + (int) typical + " MiB";
    } else {
      typical = typicalMemoryMb(framework);
      basis =
          "roughly " + (int) typical + " MiB idle on " + Text.runtime(framework.runtime().value());
    }
    // Under load a service needs a multiple of its idle memory; 3x leaves headroom.
    double ratio = budgetMb / (typical * 3);
    double score = ratio >= 1 ? 1 : Math.max(0.1, (budgetMb - typical) / (typical * 2));
    return SubFactorScore.of(
        "memory-budget", score, 0.15, "memory budget " + budgetMb + " MiB per instance; " + basis);
  }

  private static double typicalMemoryMb(Framework framework) {
    boolean nativeImage = framework.support(Feature.NATIVE_BINARY) != Support.NONE;
    return switch (framework.runtime().value()) {
      case NATIVE -> 15;
      case PHP -> 40;
      case NODE, CPYTHON -> 60;
      case DOTNET, BEAM -> 80;
      case RUBY -> 120;
      case JVM -> nativeImage ? 150 : 250;
    };
  }

  private static SubFactorScore tooling(Framework framework, ScoringContext context) {
    double base =
        switch (framework.runtime().value()) {
          case JVM -> 1.0;
          case DOTNET -> 0.95;
          case NODE, CPYTHON, RUBY -> 0.85;
          case NATIVE -> framework.language() == Language.GO ? 0.85 : 0.7;
          case PHP -> 0.8;
          case BEAM -> 0.7;
        };
    int age = context.today().getYear() - framework.firstRelease().value();
    boolean young = age < 6;
    return SubFactorScore.of(
        "tooling-maturity",
        young ? base * 0.85 : base,
        0.1,
        young
            ? framework.name()
                + " is "
                + age
                + " years old: fewer battle-tested deployment and monitoring recipes"
            : "mature monitoring and debugging tooling on "
                + Text.runtime(framework.runtime().value()));
  }
}
