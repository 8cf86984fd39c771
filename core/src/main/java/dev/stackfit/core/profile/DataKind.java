package dev.stackfit.core.profile;

import dev.stackfit.core.Identified;

/** The shape of the project's data. */
public enum DataKind implements Identified {
  RELATIONAL_SIMPLE("relational-simple"),
  RELATIONAL_COMPLEX("relational-complex"),
  DOCUMENT("document"),
  KEY_VALUE("key-value"),
  NONE("none");

  private final String id;

  DataKind(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
