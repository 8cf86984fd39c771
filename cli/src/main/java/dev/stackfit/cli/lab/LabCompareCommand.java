package dev.stackfit.cli.lab;

import dev.stackfit.cli.ExitCodes;
import dev.stackfit.cli.Failures;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.StackfitException;
import dev.stackfit.lab.compare.Comparison;
import dev.stackfit.lab.compare.ComparisonJson;
import dev.stackfit.lab.compare.ComparisonText;
import dev.stackfit.lab.compare.LabRunReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stackfit lab compare A.json B.json}: two runs of one lab side by side. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Shows two runs of one lab side by side: each candidate's figures and verdict, and the"
          + " machine's state during each run. A difference counts as real only when the two"
          + " runs' ranges over their repetitions do not overlap."
    })
public final class LabCompareCommand implements Callable<Integer> {
  /** Output formats of the comparison. */
  public enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A.json", description = "A lab result (lab run --json).")
  Path first;

  @Parameters(index = "1", paramLabel = "B.json", description = "Another run of the same lab.")
  Path second;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Comparison comparison = Comparison.of(LabRunReader.read(first), LabRunReader.read(second));
      out.print(
          format == Format.json
              ? ComparisonJson.write(comparison) + "\n"
              : ComparisonText.render(comparison));
      out.flush();
      return ExitCodes.OK;
    } catch (InvalidInputException invalid) {
      invalid.problems().forEach(err::println);
      err.println(
          "Give two results written by 'stackfit lab run LAB.yaml --json FILE' for the same lab"
              + " file; see docs/lab.md.");
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (StackfitException failed) {
      return Failures.report(failed, err, "stackfit lab compare");
    }
  }
}
