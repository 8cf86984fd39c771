package dev.stackfit.store;

import dev.stackfit.core.StackfitException;

/** The database could not be opened, migrated or used. */
public final class StoreException extends StackfitException {
  StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
