package dev.stackfit.cli.migrate;

import picocli.CommandLine.Command;

/** {@code stackfit migrate}: moving from the current stack; its work is in {@code plan}. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    subcommands = {MigratePlanCommand.class},
    description = {
      "Plans a move from the stack in production to another framework, slice by slice behind a"
          + " facade (the strangler fig); see docs/migration.md.",
      "'migrate plan PROFILE --to ID --openapi API.yaml' writes the plan and the facade."
    })
public final class MigrateCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
