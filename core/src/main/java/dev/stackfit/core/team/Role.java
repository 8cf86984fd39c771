package dev.stackfit.core.team;

import dev.stackfit.core.Identified;

/** Roles in a decision session. */
public enum Role implements Identified {
  /** Runs the session: invites, reveals, opens rounds and records the decision; does not vote. */
  FACILITATOR("facilitator"),
  /** Casts a blind ballot. */
  PARTICIPANT("participant"),
  /** Sees the reveal and the decision, never votes. */
  OBSERVER("observer");

  private final String id;

  Role(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
