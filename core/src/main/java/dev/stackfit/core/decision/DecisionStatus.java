package dev.stackfit.core.decision;

import dev.stackfit.core.Identified;

/** MADR statuses of a decision record. */
public enum DecisionStatus implements Identified {
  PROPOSED("proposed"),
  ACCEPTED("accepted"),
  REJECTED("rejected"),
  DEPRECATED("deprecated"),
  SUPERSEDED("superseded");

  private final String id;

  DecisionStatus(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
