package dev.stackfit.cli;

import dev.stackfit.cli.catalog.CatalogCommand;
import dev.stackfit.cli.decision.DecideCommand;
import dev.stackfit.cli.decision.ReassessCommand;
import dev.stackfit.cli.demo.DemoCommand;
import dev.stackfit.cli.lab.LabCommand;
import dev.stackfit.cli.load.LoadCommand;
import dev.stackfit.cli.recommend.RecommendCommand;
import dev.stackfit.cli.serve.ServeCommand;
import dev.stackfit.cli.user.UserCommand;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code stackfit} command line. */
@Command(
    name = "stackfit",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Choose a backend framework your team can live with, and keep that choice honest.",
    subcommands = {
      RecommendCommand.class,
      CatalogCommand.class,
      DemoCommand.class,
      ServeCommand.class,
      LoadCommand.class,
      LabCommand.class,
      DecideCommand.class,
      ReassessCommand.class,
      UserCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (0 ok, 1 internal error, 2 bad input). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, for tests that capture its output. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new Failures());
    cli.setParameterExceptionHandler(Failures::usage);
    // Every date option (--today and the like) says what it wants, not which Java class failed.
    cli.registerConverter(
        LocalDate.class,
        text -> {
          try {
            return LocalDate.parse(text);
          } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                "'" + text + "' is not a date (YYYY-MM-DD, e.g. 2026-11-26)");
          }
        });
    cli.registerConverter(
        URI.class,
        text -> {
          try {
            return new URI(text);
          } catch (URISyntaxException e) {
            throw new CommandLine.TypeConversionException(
                "'" + text + "' is not a URL (" + e.getReason() + ")");
          }
        });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
