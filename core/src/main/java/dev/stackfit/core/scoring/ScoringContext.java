package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Performance;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.RuntimeLifecycle;
import dev.stackfit.core.evidence.Evidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What every criterion may need besides the framework and the profile: the evaluation day,
 * catalog-wide figures and measured evidence. Immutable and safe to share between threads.
 */
public final class ScoringContext {
  private final LocalDate today;
  private final Map<Runtime, Double> medianFortunesPerThread;
  private final Optional<Evidence> evidence;
  private final Map<Runtime, RuntimeLifecycle> runtimes;

  public ScoringContext(Catalog catalog, LocalDate today, Optional<Evidence> evidence) {
    this.today = today;
    this.evidence = evidence;
    this.medianFortunesPerThread = mediansByRuntime(catalog);
    this.runtimes = catalog.runtimes();
  }

  /** The lifecycle of the runtime {@code framework} runs on, when the catalog has one for it. */
  Optional<RuntimeLifecycle> runtimeLifecycle(Framework framework) {
    return Optional.ofNullable(runtimes.get(framework.runtime().value()))
        .filter(r -> r.appliesTo(framework.language()));
  }

  public LocalDate today() {
    return today;
  }

  public Optional<Evidence> evidence() {
    return evidence;
  }

  /**
   * Median TFB Fortunes rate per hardware thread of the catalog's frameworks on {@code runtime}.
   */
  OptionalDouble medianFortunesPerThread(Runtime runtime) {
    Double value = medianFortunesPerThread.get(runtime);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  private static Map<Runtime, Double> mediansByRuntime(Catalog catalog) {
    Map<Runtime, List<Double>> rates = new EnumMap<>(Runtime.class);
    for (Framework framework : catalog.frameworks()) {
      framework
          .performance()
          .map(fact -> fact.value())
          .filter(p -> p.fortunesRps() > 0)
          .ifPresent(
              p ->
                  rates
                      .computeIfAbsent(framework.runtime().value(), r -> new ArrayList<>())
                      .add(perThread(p)));
    }
    Map<Runtime, Double> medians = new EnumMap<>(Runtime.class);
    rates.forEach((runtime, values) -> medians.put(runtime, median(values)));
    return medians;
  }

  static double perThread(Performance performance) {
    return performance.fortunesRps() / performance.hardwareThreads();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
