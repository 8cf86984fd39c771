package dev.stackfit.core;

/** The one unchecked base of every failure stackfit reports on purpose. */
public class StackfitException extends RuntimeException {
  public StackfitException(String message) {
    super(message);
  }

  public StackfitException(String message, Throwable cause) {
    super(message, cause);
  }
}
