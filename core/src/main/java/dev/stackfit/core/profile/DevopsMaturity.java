package dev.stackfit.core.profile;

import dev.stackfit.core.Identified;

/** How much deployment and operations capability the team has. */
public enum DevopsMaturity implements Identified {
  LOW("low"),
  MEDIUM("medium"),
  HIGH("high");

  private final String id;

  DevopsMaturity(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
