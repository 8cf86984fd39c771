package dev.stackfit.core.evidence;

import dev.stackfit.core.Identified;

/**
 * How far a lab's figure for a framework can be trusted, as the lab judged it. The engine names a
 * figure that is not clean in its reasons and gives it {@link #weightFactor()} of a clean figure's
 * weight.
 */
public enum EvidenceQuality implements Identified {
  /** Repetitions agree and the machine had room: the figure is the framework's. */
  CLEAN("clean", 1.0, ""),

  /**
   * The step that ended the sustained run was limited by the machine (no idle CPU, steal, a load
   * generator behind schedule): the figure is a lower bound. Half weight: it still tells a floor.
   */
  MACHINE_BOUND(
      "machine-bound",
      0.5,
      "machine-bound: the machine, not the framework, limited the lab, so this is a lower bound"),

  /**
   * Repetitions disagreed by more than one step even after extra ones: the figure could be far off
   * either way. A quarter weight: it says little more than that the PoC ran.
   */
  UNCERTAIN(
      "uncertain",
      0.25,
      "uncertain: the lab's repetitions disagreed by more than one step, so this figure is not"
          + " repeatable");

  private final String id;
  private final double weightFactor;
  private final String caveat;

  EvidenceQuality(String id, double weightFactor, String caveat) {
    this.id = id;
    this.weightFactor = weightFactor;
    this.caveat = caveat;
  }

  @Override
  public String id() {
    return id;
  }

  /** The share of a clean figure's weight a figure of this quality gets, 0..1. */
  public double weightFactor() {
    return weightFactor;
  }

  /** What a reason appends to a figure of this quality; empty for a clean one. */
  public String caveat() {
    return caveat;
  }
}
