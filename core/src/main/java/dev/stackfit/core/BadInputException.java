package dev.stackfit.core;

/**
 * The input is wrong: a file, an option, a request or a value the user can correct. The command
 * line prints the message and exits with 2; the web app answers with a 4xx problem. The message
 * names the bad value and where it came from.
 */
public non-sealed class BadInputException extends StackfitException {
  public BadInputException(String message) {
    super(message, null);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
