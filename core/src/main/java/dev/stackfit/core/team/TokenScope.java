package dev.stackfit.core.team;

import dev.stackfit.core.Identified;

/** What a personal API token may do. */
public enum TokenScope implements Identified {
  /** Read everything its account may read, and ask questions that change nothing (reassess). */
  READ("read"),
  /** Everything its account may do through the API, except managing tokens. */
  READ_WRITE("read-write");

  private final String id;

  TokenScope(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
