package dev.stackfit.core.catalog;

import dev.stackfit.core.Identified;

/** Who stands behind a framework. */
public enum Governance implements Identified {
  FOUNDATION("foundation"),
  COMPANY("company"),
  COMMUNITY("community"),
  INDIVIDUAL("individual");

  private final String id;

  Governance(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
