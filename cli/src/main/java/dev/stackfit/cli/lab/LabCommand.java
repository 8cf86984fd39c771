package dev.stackfit.cli.lab;

import picocli.CommandLine.Command;

/**
 * {@code stackfit lab}: the proof-of-concept lab; its work is in the {@code run} and {@code
 * compare} subcommands.
 */
@Command(
    name = "lab",
    mixinStandardHelpOptions = true,
    subcommands = {LabRunCommand.class, LabCompareCommand.class, LabDiffCommand.class},
    description = {
      "Compares proofs of concept side by side on this machine: start-up, memory, CPU and the"
          + " highest rate each sustains under your p99 target.",
      "Lab files are local files run by the command line only; see docs/lab.md.",
      "'lab compare A.json B.json' shows two runs of one lab side by side.",
      "'lab diff OLD_URL NEW_URL --requests FILE' compares two services' answers (docs/migration.md)."
    })
public final class LabCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
