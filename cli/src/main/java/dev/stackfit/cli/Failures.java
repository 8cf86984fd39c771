package dev.stackfit.cli;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.StackfitException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns failures into messages and exit codes: bad input prints one line per problem and exits 2;
 * anything unexpected prints one line and exits 1 (the stack trace only with STACKFIT_DEBUG=1).
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception failure, CommandLine command, CommandLine.ParseResult parseResult) {
    PrintWriter err = command.getErr();
    if (failure instanceof InvalidInputException invalid) {
      for (Problem problem : invalid.problems()) {
        err.println(problem);
      }
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    if (failure instanceof StackfitException expected) {
      err.println("stackfit: " + expected.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    err.println("stackfit: internal error: " + failure);
    if ("1".equals(System.getenv("STACKFIT_DEBUG"))) {
      failure.printStackTrace(err);
    } else {
      err.println("(set STACKFIT_DEBUG=1 to see the stack trace, and please report it)");
    }
    err.flush();
    return ExitCodes.INTERNAL;
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
