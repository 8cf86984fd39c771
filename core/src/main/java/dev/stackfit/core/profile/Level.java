package dev.stackfit.core.profile;

import dev.stackfit.core.Identified;

/** How well a team knows a language or framework. */
public enum Level implements Identified {
  NONE("none"),
  BASIC("basic"),
  WORKING("working"),
  EXPERT("expert");

  private final String id;

  Level(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
