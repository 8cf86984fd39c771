package dev.stackfit.core.profile;

import dev.stackfit.core.catalog.Runtime;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How the system will be run.
 *
 * @param runtimes runtimes already operated in production
 * @param devopsMaturity the team's deployment and operations capability
 * @param deploy where it will run
 * @param memoryPerInstanceMb memory budget per instance in MiB, when there is one
 * @param startupBudgetMs how long a new instance may take to answer, in milliseconds, when it
 *     matters (scale to zero, serverless, fast autoscaling)
 */
public record Operations(
    Set<Runtime> runtimes,
    DevopsMaturity devopsMaturity,
    Deploy deploy,
    OptionalInt memoryPerInstanceMb,
    OptionalInt startupBudgetMs) {
  public static final Operations DEFAULT =
      new Operations(Set.of(), DevopsMaturity.MEDIUM, Deploy.CONTAINERS, OptionalInt.empty());

  /** Operations without a start-up budget. */
  public Operations(
      Set<Runtime> runtimes,
      DevopsMaturity devopsMaturity,
      Deploy deploy,
      OptionalInt memoryPerInstanceMb) {
    this(runtimes, devopsMaturity, deploy, memoryPerInstanceMb, OptionalInt.empty());
  }

  public Operations {
    runtimes = EnumSets.copy(Runtime.class, runtimes);
    if (memoryPerInstanceMb.isPresent() && memoryPerInstanceMb.getAsInt() < 16) {
      throw new IllegalArgumentException("memory per instance must be at least 16 MiB");
    }
    if (startupBudgetMs.isPresent() && startupBudgetMs.getAsInt() < 1) {
      throw new IllegalArgumentException("a start-up budget must be at least 1 ms");
    }
  }
}
