package dev.stackfit.core.team;

import dev.stackfit.core.Identified;

/** Where a decision session's current round stands. */
public enum SessionState implements Identified {
  /** Ballots are blind and may be revised. */
  OPEN("open"),
  /** The round is closed and every member sees the aggregation. */
  REVEALED("revealed");

  private final String id;

  SessionState(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
