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
 */
public record Operations(
    Set<Runtime> runtimes,
    DevopsMaturity devopsMaturity,
    Deploy deploy,
    OptionalInt memoryPerInstanceMb) {
  public static final Operations DEFAULT =
      new Operations(Set.of(), DevopsMaturity.MEDIUM, Deploy.CONTAINERS, OptionalInt.empty());

  public Operations {
    runtimes = EnumSets.copy(Runtime.class, runtimes);
    if (memoryPerInstanceMb.isPresent() && memoryPerInstanceMb.getAsInt() < 16) {
      throw new IllegalArgumentException("memory per instance must be at least 16 MiB");
    }
  }
}
