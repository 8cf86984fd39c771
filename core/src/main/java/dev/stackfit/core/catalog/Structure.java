package dev.stackfit.core.catalog;

import dev.stackfit.core.Identified;

/** How much project structure a framework imposes. */
public enum Structure implements Identified {
  CONVENTION("convention"),
  FLEXIBLE("flexible");

  private final String id;

  Structure(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
