package dev.stackfit.lab.load;

/** How requests are generated: on a schedule (open) or as fast as connections allow (closed). */
public enum LoadMode {
  /**
   * Requests start on a precomputed schedule, whatever the server does; latency counts from then.
   */
  OPEN,
  /** Each connection sends its next request when the previous response arrives (wrk-style). */
  CLOSED
}
