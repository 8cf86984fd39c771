package dev.stackfit.cli;

import java.time.LocalDate;
import java.util.TimeZone;

/** The date where the user is, for commands whose {@code --today} was not given. */
public final class Today {
  private static final long MILLIS_PER_DAY = 86_400_000L;

  private Today() {}

  /**
   * Today's date in the default time zone, as {@link LocalDate#now()} gives it, but read through
   * {@link TimeZone} (the same time-zone database) rather than java.time's zone rules: the first
   * use of those looks for {@code ZoneRulesProvider} services on the class path, which opens every
   * one of the ~70 jars on it, tens of milliseconds of a short command such as {@code recommend}.
   */
  public static LocalDate local() {
    long now = System.currentTimeMillis();
    long local = now + TimeZone.getDefault().getOffset(now);
    return LocalDate.ofEpochDay(Math.floorDiv(local, MILLIS_PER_DAY));
  }

  /** The day an option gave ({@code --today}), else {@link #local()}. */
  public static LocalDate or(LocalDate given) {
    return given == null ? local() : given;
  }
}
