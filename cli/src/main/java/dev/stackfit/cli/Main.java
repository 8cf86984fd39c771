package dev.stackfit.cli;

import dev.stackfit.cli.backtest.BacktestCommand;
import dev.stackfit.cli.catalog.CatalogCommand;
import dev.stackfit.cli.decision.DecideCommand;
import dev.stackfit.cli.decision.ReassessCommand;
import dev.stackfit.cli.demo.DemoCommand;
import dev.stackfit.cli.lab.LabCommand;
import dev.stackfit.cli.load.LoadCommand;
import dev.stackfit.cli.migrate.MigrateCommand;
import dev.stackfit.cli.recommend.RecommendCommand;
import dev.stackfit.cli.serve.ServeCommand;
import dev.stackfit.cli.user.UserCommand;
import dev.stackfit.core.StartupTiming;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code stackfit} command line. */
@Command(
    name = "stackfit",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Choose a backend framework your team can live with, and keep that choice honest.")
public final class Main implements Runnable {
  /**
   * The subcommands in the order help lists them. picocli reads every command's annotations when it
   * is registered, which costs a short command a good part of its start-up, so {@link #run}
   * registers only the one the arguments name (all of them for help or an unknown name).
   */
  private static final List<String> COMMANDS =
      List.of(
          "recommend",
          "catalog",
          "backtest",
          "demo",
          "serve",
          "load",
          "lab",
          "migrate",
          "decide",
          "reassess",
          "user",
          "help");

  // A switch rather than a map of constructor references: JDK 25.0.3 crashes while writing an
  // ahead-of-time cache that holds such a map (ArchiveHeapWriter::compute_ptrmap).
  private static Object command(String name) {
    return switch (name) {
      case "recommend" -> new RecommendCommand();
      case "catalog" -> new CatalogCommand();
      case "backtest" -> new BacktestCommand();
      case "demo" -> new DemoCommand();
      case "serve" -> new ServeCommand();
      case "load" -> new LoadCommand();
      case "lab" -> new LabCommand();
      case "migrate" -> new MigrateCommand();
      case "decide" -> new DecideCommand();
      case "reassess" -> new ReassessCommand();
      case "user" -> new UserCommand();
      case "help" -> new CommandLine.HelpCommand();
      default -> throw new IllegalArgumentException("no command " + name);
    };
  }

  static {
    // picocli's DefaultFactory looks for Groovy's Closure class when it is initialised, which
    // every command line does (mixinStandardHelpOptions creates one, whatever factory is given).
    // Groovy is not on the class path, so the class loader opens each of the ~70 jars on it before
    // giving up: tens of milliseconds of every start. stackfit has no Groovy closures.
    System.setProperty("picocli.disable.closures", "true");
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    int exit = run(args);
    // System.exit logs the exit through System.Logger (JDK 21+), whose first use looks for
    // LoggerFinder services on the class path and so opens each of the ~70 jars on it: tens of
    // milliseconds at the end of every short command. When the command succeeded and no other
    // thread keeps the JVM alive, returning ends it the same way, shutdown hooks included.
    if (exit != 0 || otherThreadsRunning()) {
      System.exit(exit);
    }
  }

  private static boolean otherThreadsRunning() {
    Thread self = Thread.currentThread();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread != self && thread.isAlive() && !thread.isDaemon()) {
        return true;
      }
    }
    return false;
  }

  /** Runs the command line and returns its exit code (0 ok, 1 internal error, 2 bad input). */
  public static int run(String... args) {
    StartupTiming.mark("main");
    String first = args.length > 0 ? args[0] : "";
    boolean one = COMMANDS.contains(first) && !first.equals("help");
    CommandLine cli = commandLine(one ? List.of(first) : COMMANDS);
    StartupTiming.mark("command line built");
    int exit = cli.execute(args);
    StartupTiming.mark("done");
    return exit;
  }

  /** The configured command line with every subcommand, for tests that capture its output. */
  public static CommandLine commandLine() {
    return commandLine(COMMANDS);
  }

  private static CommandLine commandLine(List<String> names) {
    CommandLine cli = new CommandLine(new Main());
    for (String name : names) {
      cli.addSubcommand(name, command(name));
    }
    cli.setExecutionStrategy(Main::execute);
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

  /**
   * Runs the command the arguments name. Words picocli could not match are refused here too when
   * help was asked for, which would otherwise print the top-level help for "stackfit migrate plan
   * --help" and exit 0: an unknown command is named and exits 2.
   */
  private static int execute(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      List<String> unmatched = p.unmatched();
      if (!unmatched.isEmpty()) {
        CommandLine command = p.commandSpec().commandLine();
        String word = unmatched.get(0);
        throw word.startsWith("-")
            ? new CommandLine.UnmatchedArgumentException(command, unmatched)
            : new CommandLine.ParameterException(
                command,
                "unknown command '"
                    + word
                    + "' for '"
                    + p.commandSpec().qualifiedName()
                    + "'; its commands: "
                    + String.join(", ", command.getSubcommands().keySet()));
      }
    }
    return new CommandLine.RunLast().execute(parsed);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
