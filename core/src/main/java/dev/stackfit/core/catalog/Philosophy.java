package dev.stackfit.core.catalog;

import dev.stackfit.core.Identified;

/** Whether a framework ships the common parts (batteries) or lets you assemble them (modular). */
public enum Philosophy implements Identified {
  BATTERIES("batteries"),
  MODULAR("modular");

  private final String id;

  Philosophy(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
