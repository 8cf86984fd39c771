package dev.stackfit.lab.load;

/** How intended start times are spaced in the open model. */
public enum Arrival {
  /** Evenly spaced, as wrk2 does. */
  CONSTANT,
  /** Exponentially distributed gaps with the same mean rate, as independent users would arrive. */
  POISSON
}
