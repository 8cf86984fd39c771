package dev.stackfit.cli;

/** Exit codes of every command (docs/contracts/README.md, "Exit codes"). */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
