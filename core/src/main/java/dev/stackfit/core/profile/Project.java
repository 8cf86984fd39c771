package dev.stackfit.core.profile;

import dev.stackfit.core.catalog.Feature;
import java.util.Set;

/**
 * The system to be built.
 *
 * @param lifespanYears expected life in years; below 1 means a prototype or short-lived system
 * @param traffic today's and expected traffic with the latency target
 * @param workload io-bound, cpu-bound or mixed
 * @param realtime whether it needs websockets, server push or streaming
 * @param data the shape of its data
 * @param needs features it needs (sorted set)
 * @param architecture monolith or microservice
 * @param interop how it must talk to other services (sorted set)
 * @param critical whether failure is costly (money, safety, reputation): raises the bar for young
 *     frameworks
 * @param asyncIo why requests wait and pile up in flight, beyond realtime (sorted set)
 */
public record Project(
    double lifespanYears,
    Traffic traffic,
    Workload workload,
    boolean realtime,
    DataKind data,
    Set<Feature> needs,
    Architecture architecture,
    Set<Interop> interop,
    boolean critical,
    Set<AsyncIo> asyncIo) {
  public static final Project DEFAULT =
      new Project(
          3,
          Traffic.DEFAULT,
          Workload.IO_BOUND,
          false,
          DataKind.RELATIONAL_SIMPLE,
          Set.of(),
          Architecture.MONOLITH,
          Set.of(),
          false,
          Set.of());

  public Project {
    if (!(lifespanYears > 0) || lifespanYears > 100) {
      throw new IllegalArgumentException("lifespan must be above 0 and at most 100 years");
    }
    needs = EnumSets.copy(Feature.class, needs);
    interop = EnumSets.copy(Interop.class, interop);
    asyncIo = EnumSets.copy(AsyncIo.class, asyncIo);
  }

  /** A project with no asynchronous I/O needs beyond realtime. */
  public Project(
      double lifespanYears,
      Traffic traffic,
      Workload workload,
      boolean realtime,
      DataKind data,
      Set<Feature> needs,
      Architecture architecture,
      Set<Interop> interop,
      boolean critical) {
    this(
        lifespanYears,
        traffic,
        workload,
        realtime,
        data,
        needs,
        architecture,
        interop,
        critical,
        Set.of());
  }

  /** True for prototypes and short-lived systems (the guide's "short-lived" edge case). */
  public boolean shortLived() {
    return lifespanYears < 1;
  }
}
