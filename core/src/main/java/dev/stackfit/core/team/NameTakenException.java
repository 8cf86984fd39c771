package dev.stackfit.core.team;

import dev.stackfit.core.BadInputException;

/** An account name is already taken, ignoring case ("Fran" and "fran" are one name). */
public final class NameTakenException extends BadInputException {
  private final String name;

  public NameTakenException(String name) {
    super("an account named \"" + name + "\" already exists");
    this.name = name;
  }

  /** The name that was asked for. */
  public String name() {
    return name;
  }
}
