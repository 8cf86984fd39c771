package dev.stackfit.core.weights;

import dev.stackfit.core.Identified;

/** Where an evaluation's criterion weights came from. */
public enum WeightSource implements Identified {
  DERIVED("derived"),
  DIRECT("direct"),
  AHP("ahp");

  private final String id;

  WeightSource(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
