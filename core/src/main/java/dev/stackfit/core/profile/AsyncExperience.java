package dev.stackfit.core.profile;

import dev.stackfit.core.Identified;

/** The team's experience writing asynchronous code (promises, async/await, reactive). */
public enum AsyncExperience implements Identified {
  NONE("none"),
  SOME("some"),
  STRONG("strong");

  private final String id;

  AsyncExperience(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
