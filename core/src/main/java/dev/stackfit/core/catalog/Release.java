package dev.stackfit.core.catalog;

import java.time.LocalDate;

/**
 * One release line and its support dates.
 *
 * @param line the release line ("5.2", "4")
 * @param released first release of the line
 * @param activeSupportEnd end of bug fixes; null when unknown or not announced
 * @param eol end of security fixes; null when not announced
 * @param lts whether the line is a long-term-support line
 */
public record Release(
    String line, LocalDate released, LocalDate activeSupportEnd, LocalDate eol, boolean lts) {
  public Release {
    if (line == null || line.isBlank() || released == null) {
      throw new IllegalArgumentException("a release needs a line and a release date");
    }
  }
}
