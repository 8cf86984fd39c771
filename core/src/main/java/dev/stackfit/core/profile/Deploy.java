package dev.stackfit.core.profile;

import dev.stackfit.core.Identified;

/** Where the service will run. */
public enum Deploy implements Identified {
  VM("vm"),
  CONTAINERS("containers"),
  KUBERNETES("kubernetes"),
  SERVERLESS("serverless"),
  PAAS("paas"),
  EDGE("edge");

  private final String id;

  Deploy(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
