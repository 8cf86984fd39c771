package dev.stackfit.cli.backtest;

import dev.stackfit.cli.CatalogOption;
import dev.stackfit.cli.ExitCodes;
import dev.stackfit.cli.Output;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.backtest.Backtest;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.formats.backtest.BacktestReport;
import dev.stackfit.formats.profile.ProfileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stackfit backtest DIR}: runs documented real decisions (profiles with a {@code case}
 * block) through the engine, each as of its decision day, and reports where the real choice ranked.
 */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description =
        "Run documented real decisions (profiles with a case block) as of their decision day and"
            + " say where the real choice ranked.")
public final class BacktestCommand implements Callable<Integer> {
  /** Output formats. */
  public enum Format {
    text,
    json
  }

  @Parameters(
      paramLabel = "DIR",
      description = "Directory of case profiles (*.yaml, *.json), e.g. examples/backtest.")
  Path directory;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--samples",
      defaultValue = "2000",
      description = "Sensitivity samples per case, 0 to skip (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the sensitivity sampling (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Mixin CatalogOption catalogOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (samples < 0 || samples > 1_000_000) {
      throw new BadInputException("--samples must be between 0 and 1000000, was " + samples);
    }
    Catalog catalog = catalogOption.load();
    List<Backtest.Case> cases = read(files(directory), ProfileReader.forCatalog(catalog));
    Backtest.Result result = Backtest.run(cases, catalog, samples, seed);
    String report =
        format == Format.json ? BacktestReport.json(result) : BacktestReport.text(result, catalog);
    Output.write(report, out, spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  /** Every case file, each problem of every file reported at once. */
  static List<Backtest.Case> read(List<Path> files, ProfileReader reader) {
    List<Backtest.Case> cases = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        Profile profile = reader.read(file);
        if (profile.decisionCase().isEmpty()) {
          problems.add(
              new Problem(
                  file.toString(),
                  1,
                  1,
                  "case",
                  "a backtest case needs a case block (source, decided, chose); see"
                      + " examples/backtest/README.md"));
        } else {
          cases.add(new Backtest.Case(name(file), profile));
        }
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return cases;
  }

  private static List<Path> files(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new BadInputException(directory + ": not a directory of case profiles");
    }
    try (Stream<Path> list = Files.list(directory)) {
      List<Path> files =
          list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
              .sorted()
              .toList();
      if (files.isEmpty()) {
        throw new BadInputException(directory + ": no .yaml or .json case profiles");
      }
      return files;
    } catch (IOException e) {
      throw new BadInputException("cannot list " + directory + ": " + e.getMessage());
    }
  }

  private static String name(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }
}
