package dev.stackfit.store;

import dev.stackfit.core.InfrastructureException;

/** The database could not be opened, migrated or used. */
public final class StoreException extends InfrastructureException {
  StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
