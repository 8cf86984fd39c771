package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.RuntimeLifecycle;
import dev.stackfit.core.evidence.Evidence;
import dev.stackfit.core.evidence.MeasuredCandidate;
import dev.stackfit.core.profile.Workload;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every criterion may need besides the framework and the profile: the evaluation day,
 * catalog-wide figures, the candidates being compared and measured evidence. Immutable and safe to
 * share between threads.
 */
public final class ScoringContext {
  private final LocalDate today;
  private final CapacityModel capacity;
  private final Optional<Evidence> evidence;
  private final Map<Runtime, RuntimeLifecycle> runtimes;
  private final Map<Workload, Cheapest> cheapest = new EnumMap<>(Workload.class);

  /** The cheapest candidate for a workload, against which capacity costs are compared. */
  record Cheapest(Framework framework, double seconds) {}

  /** A context in which every catalog framework is a candidate. */
  public ScoringContext(Catalog catalog, LocalDate today, Optional<Evidence> evidence) {
    this(catalog, catalog.frameworks(), today, evidence);
  }

  /**
   * @param candidates the frameworks being ranked (those that passed the constraints); capacity is
   *     compared with the cheapest of them
   */
  public ScoringContext(
      Catalog catalog, List<Framework> candidates, LocalDate today, Optional<Evidence> evidence) {
    this.today = today;
    this.evidence = evidence;
    this.capacity = new CapacityModel(catalog, today);
    this.runtimes = catalog.runtimes();
    for (Workload workload : Workload.values()) {
      candidates.stream()
          .map(f -> new Cheapest(f, capacity.cost(f, workload).totalSeconds()))
          .min(Comparator.comparingDouble(Cheapest::seconds).thenComparing(c -> c.framework().id()))
          .ifPresent(c -> cheapest.put(workload, c));
    }
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
   * What the lab measured for {@code framework}: its own figures, or, for an add-on, its base's
   * (the lab runs the base framework; the add-on lives inside it).
   */
  Optional<MeasuredCandidate> measured(Framework framework) {
    return evidence.flatMap(
        e -> e.of(framework.id()).or(() -> framework.extendsFramework().flatMap(e::of)));
  }

  CapacityModel capacity() {
    return capacity;
  }

  /** The cheapest candidate for {@code workload}; empty when there are no candidates. */
  Optional<Cheapest> cheapest(Workload workload) {
    return Optional.ofNullable(cheapest.get(workload));
  }
}
