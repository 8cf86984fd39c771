package dev.stackfit.core.profile;

import dev.stackfit.core.Identified;

/** What hurts about the stack a team runs today (the profile's {@code current.pains}). */
public enum PainKind implements Identified {
  THROUGHPUT_COST("throughput-cost", "it needs too many servers or costs too much for its traffic"),
  LATENCY("latency", "it answers too slowly"),
  HIRING("hiring", "people who know it are hard to hire"),
  END_OF_LIFE("end-of-life", "it is unmaintained or reaching its end of life"),
  PRODUCTIVITY("productivity", "it slows the team down"),
  RELIABILITY("reliability", "it fails or misbehaves in production");

  private final String id;
  private final String description;

  PainKind(String id, String description) {
    this.id = id;
    this.description = description;
  }

  @Override
  public String id() {
    return id;
  }

  /** What the pain means, for reasons. */
  public String description() {
    return description;
  }
}
