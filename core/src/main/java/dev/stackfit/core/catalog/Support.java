package dev.stackfit.core.catalog;

import dev.stackfit.core.Identified;

/**
 * How a framework provides a feature: in the framework, in a package by the same maintainers, or
 * from the wider ecosystem.
 */
public enum Support implements Identified {
  BUILT_IN("built-in"),
  FIRST_PARTY("first-party"),
  ECOSYSTEM("ecosystem"),
  NONE("none");

  private final String id;

  Support(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
