package dev.stackfit.lab.load;

import dev.stackfit.core.Identified;
import java.util.Locale;

/** How requests are generated: on a schedule (open) or as fast as connections allow (closed). */
public enum LoadMode implements Identified {
  /**
   * Requests start on a precomputed schedule, whatever the server does; latency counts from then.
   */
  OPEN,
  /** Each connection sends its next request when the previous response arrives (wrk-style). */
  CLOSED;

  /** The lower-case name, as options and result files write it. */
  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
