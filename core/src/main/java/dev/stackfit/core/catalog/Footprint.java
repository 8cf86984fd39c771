package dev.stackfit.core.catalog;

/**
 * Typical resource use of a minimal service in this framework.
 *
 * @param idleMemoryMb resident memory of a small idle service, in MiB
 * @param startupMs time from process start to first served request, in milliseconds
 */
public record Footprint(int idleMemoryMb, int startupMs) {
  public Footprint {
    if (idleMemoryMb <= 0 || startupMs <= 0) {
      throw new IllegalArgumentException("footprint figures must be positive");
    }
  }
}
