package dev.stackfit.core.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

  /** True when the line had its first release on or before {@code day}. */
  public boolean releasedBy(LocalDate day) {
    return !released.isAfter(day);
  }

  /** True when the line's announced end of life is on or before {@code day}. */
  public boolean endedBy(LocalDate day) {
    return eol != null && !eol.isAfter(day);
  }

  /**
   * True when the line was out and not past its end of life on {@code day}; a line without an
   * announced end counts as supported.
   */
  public boolean supportedOn(LocalDate day) {
    return releasedBy(day) && !endedBy(day);
  }

  /**
   * The lines released on or before {@code day}, newest first, with only the end dates a team could
   * have known then. With a published support policy, every line's end follows from it. Without
   * one, an end is announced when a newer line ships (Echo's 4.x end came with 5.0), so the newest
   * line's future end dates are dropped; ends already passed are kept.
   *
   * @param endsKnown whether every recorded end was known on the day: a support policy was
   *     published by then, or the day is not before the one the lines were read on
   */
  public static List<Release> asOf(List<Release> lines, LocalDate day, boolean endsKnown) {
    List<Release> released = asOf(lines, day);
    if (endsKnown || released.isEmpty()) {
      return released;
    }
    List<Release> known = new ArrayList<>(released);
    known.set(0, released.get(0).withEndsKnownOn(day));
    return List.copyOf(known);
  }

  /** This line without the end dates that were still in the future on {@code day}. */
  Release withEndsKnownOn(LocalDate day) {
    LocalDate active =
        activeSupportEnd != null && activeSupportEnd.isAfter(day) ? null : activeSupportEnd;
    LocalDate end = eol != null && eol.isAfter(day) ? null : eol;
    return active == activeSupportEnd && end == eol
        ? this
        : new Release(line, released, active, end, lts);
  }

  /** The lines of {@code lines} released on or before {@code day}, newest first. */
  public static List<Release> asOf(List<Release> lines, LocalDate day) {
    return lines.stream()
        .filter(r -> r.releasedBy(day))
        .sorted(Comparator.comparing(Release::released).reversed())
        .toList();
  }
}
