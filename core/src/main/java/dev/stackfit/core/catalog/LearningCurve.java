package dev.stackfit.core.catalog;

import dev.stackfit.core.Identified;

/**
 * How long a developer new to the framework takes to become productive, as the guide's comparison
 * table grades it.
 */
public enum LearningCurve implements Identified {
  LOW("low"),
  MODERATE("moderate"),
  STEEP("steep");

  private final String id;

  LearningCurve(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
