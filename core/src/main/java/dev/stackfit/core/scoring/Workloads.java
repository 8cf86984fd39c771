package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.profile.Workload;

/** How a framework's runtime and request model suit where request time goes. */
final class Workloads {
  private Workloads() {}

  static SubFactorScore score(Framework framework, Workload workload) {
    double cpu = cpuBound(framework);
    double io = ioBound(framework);
    return switch (workload) {
      case CPU_BOUND -> SubFactorScore.of("workload", cpu, 0.15, cpuReason(framework, cpu));
      case IO_BOUND -> SubFactorScore.of("workload", io, 0.15, ioReason(framework, io));
      case MIXED ->
          SubFactorScore.of(
              "workload", (cpu + io) / 2, 0.15, "mixed workload: " + cpuReason(framework, cpu));
    };
  }

  private static double cpuBound(Framework framework) {
    return switch (framework.runtime().value()) {
      case NATIVE -> 1.0;
      case JVM, DOTNET -> 0.9;
      case BEAM -> 0.5;
      case NODE -> 0.35;
      case CPYTHON, RUBY, PHP -> 0.3;
    };
  }

  private static String cpuReason(Framework framework, double score) {
    return switch (framework.runtime().value()) {
      case NODE -> "CPU-heavy work blocks Node.js's single event loop";
      case CPYTHON -> "CPU-heavy work in CPython is limited by the GIL and interpreter speed";
      case RUBY, PHP -> "CPU-heavy work is slow in an interpreted runtime";
      case BEAM -> "the BEAM favours concurrency over raw computation";
      default -> "compiled runtime handles CPU-heavy work well";
    };
  }

  private static double ioBound(Framework framework) {
    RequestModel model = framework.requestModel().value();
    if (model.lightweightConcurrency()) {
      return 1.0;
    }
    return framework.alsoSupports().stream().anyMatch(RequestModel::lightweightConcurrency)
        ? 0.85
        : 0.7;
  }

  private static String ioReason(Framework framework, double score) {
    RequestModel model = framework.requestModel().value();
    if (score == 1.0) {
      return "I/O-bound work suits its " + model.description();
    }
    return score > 0.8
        ? "I/O-bound work: " + model.description() + " by default, a lighter model is an option"
        : "I/O-bound work: " + model.description() + " ties up a worker while waiting";
  }
}
