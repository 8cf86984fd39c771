package dev.stackfit.cli;

import dev.stackfit.core.BadInputException;
import dev.stackfit.core.InfrastructureException;
import dev.stackfit.core.InvalidInputException;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Turns failures into the messages and exit codes of docs/contracts/README.md: bad input prints one
 * line per problem and exits 2; a failure of what stackfit relies on (database, files, network)
 * prints what failed and its cause and exits 1; anything unexpected is an internal error, also 1.
 * Stack traces only with STACKFIT_DEBUG=1.
 */
public final class Failures implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception failure, CommandLine command, CommandLine.ParseResult parseResult) {
    return report(failure, command.getErr(), "stackfit");
  }

  /**
   * Prints {@code failure} to {@code err} as the command {@code name} and returns the exit code.
   */
  public static int report(Exception failure, PrintWriter err, String name) {
    int code =
        switch (failure) {
          case InvalidInputException invalid -> {
            invalid.problems().forEach(err::println);
            yield ExitCodes.BAD_INPUT;
          }
          case BadInputException bad -> {
            err.println(name + ": " + bad.getMessage());
            yield ExitCodes.BAD_INPUT;
          }
          case InfrastructureException broken -> {
            err.println(name + ": " + broken.getMessage());
            cause(broken).ifPresent(cause -> err.println("  cause: " + cause));
            trace(failure, err, "");
            yield ExitCodes.INTERNAL;
          }
          default -> {
            err.println(name + ": internal error: " + failure);
            trace(
                failure,
                err,
                "(set STACKFIT_DEBUG=1 to see the stack trace, and please report it)");
            yield ExitCodes.INTERNAL;
          }
        };
    err.flush();
    return code;
  }

  /** The root cause, unless the message already says it. */
  private static Optional<String> cause(Exception failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.getMessage() == null ? "" : root.getMessage();
    if (root == failure || (!text.isEmpty() && failure.getMessage().contains(text))) {
      return Optional.empty();
    }
    return Optional.of(root.getClass().getSimpleName() + (text.isEmpty() ? "" : ": " + text));
  }

  private static void trace(Exception failure, PrintWriter err, String hint) {
    if ("1".equals(System.getenv("STACKFIT_DEBUG"))) {
      failure.printStackTrace(err);
    } else if (!hint.isEmpty()) {
      err.println(hint);
    }
  }

  static int usage(CommandLine.ParameterException problem, String[] args) {
    CommandLine command = problem.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("stackfit: " + problem.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(problem, err);
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCodes.BAD_INPUT;
  }
}
