package dev.stackfit.core.profile;

import dev.stackfit.core.Identified;

/** How often people join and leave the team. */
public enum Turnover implements Identified {
  LOW("low"),
  MEDIUM("medium"),
  HIGH("high");

  private final String id;

  Turnover(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
