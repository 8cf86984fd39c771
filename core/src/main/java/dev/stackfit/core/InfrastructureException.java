package dev.stackfit.core;

/**
 * Something stackfit relies on failed (the database, the file system, the network, a process it
 * runs), not the input. The command line prints the message and its cause and exits with 1; the web
 * app answers 503 and logs the cause. The message says what stackfit was doing.
 */
public non-sealed class InfrastructureException extends StackfitException {
  public InfrastructureException(String message, Throwable cause) {
    super(message, cause);
  }

  public InfrastructureException(String message) {
    super(message, null);
  }
}
