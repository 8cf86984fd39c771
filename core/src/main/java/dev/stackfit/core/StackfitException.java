package dev.stackfit.core;

/**
 * The one unchecked base of every failure stackfit reports on purpose, in two kinds that callers
 * answer differently: {@link BadInputException}, the caller's input is wrong (exit code 2, a 4xx
 * answer), and {@link InfrastructureException}, something stackfit relies on failed (exit code 1, a
 * 5xx answer, the cause logged); docs/contracts/README.md fixes the exit codes.
 */
public abstract sealed class StackfitException extends RuntimeException
    permits BadInputException, InfrastructureException {
  StackfitException(String message, Throwable cause) {
    super(message, cause);
  }
}
