package dev.stackfit.catalog.refresh;

import dev.stackfit.core.InfrastructureException;

/** One source could not deliver usable data; the message is a single line for the user. */
final class SourceUnavailableException extends InfrastructureException {
  private final RefreshSource source;

  SourceUnavailableException(RefreshSource source, String message) {
    super(message);
    this.source = source;
  }

  RefreshSource source() {
    return source;
  }
}
