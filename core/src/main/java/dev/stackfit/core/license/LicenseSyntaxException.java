package dev.stackfit.core.license;

import dev.stackfit.core.BadInputException;

/** A license expression that does not follow SPDX syntax; the message names the position. */
public final class LicenseSyntaxException extends BadInputException {
  private final int offset;

  LicenseSyntaxException(String message, int offset) {
    super(message);
    this.offset = offset;
  }

  /** 0-based character offset in the expression where the problem was found. */
  public int offset() {
    return offset;
  }
}
