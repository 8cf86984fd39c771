package dev.stackfit.store.team;

import dev.stackfit.core.InfrastructureException;

/** A team store call the database refused or could not answer. */
public final class TeamStoreException extends InfrastructureException {
  TeamStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
