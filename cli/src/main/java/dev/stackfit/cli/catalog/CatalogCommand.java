package dev.stackfit.cli.catalog;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code stackfit catalog}: browse, compare and validate the framework catalog. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = "Browse, compare and validate the framework catalog.",
    subcommands = {
      ListCommand.class,
      ShowCommand.class,
      CompareCommand.class,
      ValidateCommand.class,
      RefreshCommand.class
    })
public final class CatalogCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
