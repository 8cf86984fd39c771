package dev.stackfit.core.profile;

import dev.stackfit.core.Identified;

/** Whether the project is a monolith or one service among many. */
public enum Architecture implements Identified {
  MONOLITH("monolith"),
  MICROSERVICE("microservice");

  private final String id;

  Architecture(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
