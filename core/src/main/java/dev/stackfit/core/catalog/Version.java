package dev.stackfit.core.catalog;

import java.time.LocalDate;

/**
 * A framework's current major line.
 *
 * @param major the major line ("6", "0.x" for pre-1.0 projects, "1.8" where minors are lines)
 * @param released when the line's first release came out; null when unknown
 * @param latest the newest release seen ("6.0.8")
 * @param latestDate when {@code latest} came out; null when unknown
 * @param preOne true when the project has not reached 1.0
 */
public record Version(
    String major, LocalDate released, String latest, LocalDate latestDate, boolean preOne) {
  public Version {
    if (major == null || major.isBlank() || latest == null) {
      throw new IllegalArgumentException("a version needs a major line and a latest release");
    }
  }
}
