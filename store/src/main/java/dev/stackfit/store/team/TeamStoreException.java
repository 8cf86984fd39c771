package dev.stackfit.store.team;

import dev.stackfit.core.StackfitException;

/** A team store call the database refused or could not answer. */
public final class TeamStoreException extends StackfitException {
  TeamStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  TeamStoreException(String message) {
    super(message);
  }
}
