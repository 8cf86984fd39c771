package dev.stackfit.lab.load;

import dev.stackfit.core.Identified;
import java.util.Locale;

/** How intended start times are spaced in the open model. */
public enum Arrival implements Identified {
  /** Evenly spaced, as wrk2 does. */
  CONSTANT,
  /** Exponentially distributed gaps with the same mean rate, as independent users would arrive. */
  POISSON;

  /** The lower-case name, as options and result files write it. */
  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
