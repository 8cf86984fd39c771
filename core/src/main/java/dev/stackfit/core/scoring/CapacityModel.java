package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Performance;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.profile.Workload;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CPU cost of a request in each framework, as the sum of two parts (docs/engine.md, "Capacity"):
 *
 * <ul>
 *   <li>the framework's own part: one TechEmpower Fortunes request (a query, sorting, HTML
 *       templating) of its comparable variant, in CPU-seconds per hardware thread;
 *   <li>the application's own part, the same for every framework on a runtime: {@link
 *       #APPLICATION_WORK} Fortunes-sized requests of typical code on that runtime (the median of
 *       the catalog's frameworks there), plus, for CPU-heavy work, computation that costs what the
 *       runtime's compute speed makes it cost.
 * </ul>
 *
 * The guide's point that database, network and application logic dominate most business
 * applications is the second part: it damps framework differences on one runtime in proportion to
 * how much of a request is the application's own, and keeps the differences between runtimes that
 * computation brings out. Immutable.
 */
final class CapacityModel {
  /**
   * The application's own I/O-bound work per request, in Fortunes requests of typical code on its
   * runtime: real endpoints make several queries, validate, authorise and serialise larger bodies.
   */
  static final double APPLICATION_WORK = 3;

  /**
   * Computation per request on top, in Fortunes requests of a typical native framework run at the
   * speed of the fastest languages, before the language's compute factor: none for I/O-bound work,
   * some for mixed, much for CPU-bound.
   */
  static double computeWork(Workload workload) {
    return switch (workload) {
      case IO_BOUND -> 0;
      case MIXED -> 2;
      case CPU_BOUND -> 8;
    };
  }

  /**
   * How many times longer CPU-heavy code takes in a language than the fastest programs (C, C++,
   * Rust): the geometric mean over the Computer Language Benchmarks Game's ten benchmarks, from its
   * data as of August 2021 (docs/engine.md cites it); Elixir is Erlang's figure, as the Game has no
   * Elixir programs.
   */
  static double computeFactor(Language language) {
    return switch (language) {
      case RUST -> 1.3;
      case CSHARP, FSHARP -> 2.2;
      case JAVA, KOTLIN, SCALA, GROOVY -> 2.8;
      case GO -> 3.1;
      case JAVASCRIPT, TYPESCRIPT -> 4.0;
      case PHP -> 11;
      case ELIXIR -> 29;
      case PYTHON -> 32;
      case RUBY -> 37;
    };
  }

  /** Fortunes requests per hardware thread assumed for a runtime the catalog has no figure for. */
  static double fallbackFortunesPerThread(Runtime runtime) {
    return switch (runtime) {
      case NATIVE -> 3_000;
      case JVM, DOTNET -> 1_500;
      case NODE, BEAM -> 750;
      case CPYTHON, RUBY, PHP -> 300;
    };
  }

  /**
   * One framework's cost per request.
   *
   * @param frameworkSeconds CPU-seconds of the framework's own part
   * @param applicationSeconds CPU-seconds of the application's own part
   * @param basis where the framework's part comes from, for reasons
   */
  record RequestCost(double frameworkSeconds, double applicationSeconds, String basis) {
    double totalSeconds() {
      return frameworkSeconds + applicationSeconds;
    }
  }

  private final Map<Runtime, Double> medianSeconds;
  private final double nativeSeconds;
  private final LocalDate today;
  private final Catalog catalog;

  CapacityModel(Catalog catalog, LocalDate today) {
    this.today = today;
    this.catalog = catalog;
    this.medianSeconds = medians(catalog);
    this.nativeSeconds = typicalSeconds(Runtime.NATIVE);
  }

  /** The cost of one request in {@code framework} for this workload. */
  RequestCost cost(Framework framework, Workload workload) {
    Runtime runtime = framework.runtime().value();
    double application =
        APPLICATION_WORK * typicalSeconds(runtime)
            + computeWork(workload) * computeFactor(framework.language()) * nativeSeconds;
    Optional<Fact<Performance>> performance = figure(framework);
    if (performance.isPresent()) {
      Fact<Performance> fact = performance.get();
      return new RequestCost(seconds(fact.value()), application, basis(fact));
    }
    // An add-on runs inside its base: without a figure of its own, the base's is the closest.
    Optional<Framework> base = framework.extendsFramework().flatMap(catalog::find);
    Optional<Fact<Performance>> inherited = base.flatMap(CapacityModel::figure);
    if (inherited.isPresent()) {
      Fact<Performance> fact = inherited.get();
      return new RequestCost(
          seconds(fact.value()),
          application,
          "its base " + base.orElseThrow().name() + "'s figure: " + basis(fact));
    }
    Double median = medianSeconds.get(runtime);
    if (median != null) {
      return new RequestCost(
          median,
          application,
          "no benchmark of its own; the median of the catalog's frameworks on "
              + Text.runtime(runtime));
    }
    return new RequestCost(
        1 / fallbackFortunesPerThread(runtime),
        application,
        "no benchmark evidence; a rough estimate for " + Text.runtime(runtime));
  }

  /** The framework's own throughput figure, when the catalog has a usable one. */
  private static Optional<Fact<Performance>> figure(Framework framework) {
    return framework.performance().filter(p -> p.value().fortunesRps() > 0);
  }

  private String basis(Fact<Performance> fact) {
    Performance p = fact.value();
    String setup = p.setup().isEmpty() ? "" : ", " + p.setup();
    return String.format(
        Locale.ROOT,
        "TechEmpower Fortunes %s rps on %d threads (%s%s, %s, a peak-tuned lab figure%s)%s",
        Text.number(p.fortunesRps()),
        p.hardwareThreads(),
        p.variant(),
        setup,
        fact.asOf(),
        fact.verificationSuffix(),
        EcosystemHealth.isStale(fact, today)
            ? "; stale: older than " + EcosystemHealth.STALE_MONTHS + " months"
            : "");
  }

  /** The median framework cost on {@code runtime}, or the fallback when the catalog has none. */
  double typicalSeconds(Runtime runtime) {
    Double median = medianSeconds.get(runtime);
    return median != null ? median : 1 / fallbackFortunesPerThread(runtime);
  }

  static double seconds(Performance performance) {
    return performance.hardwareThreads() / performance.fortunesRps();
  }

  private static Map<Runtime, Double> medians(Catalog catalog) {
    Map<Runtime, List<Double>> costs = new EnumMap<>(Runtime.class);
    for (Framework framework : catalog.frameworks()) {
      framework
          .performance()
          .map(Fact::value)
          .filter(p -> p.fortunesRps() > 0)
          .ifPresent(
              p ->
                  costs
                      .computeIfAbsent(framework.runtime().value(), r -> new ArrayList<>())
                      .add(seconds(p)));
    }
    Map<Runtime, Double> medians = new EnumMap<>(Runtime.class);
    costs.forEach((runtime, values) -> medians.put(runtime, median(values)));
    return medians;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
