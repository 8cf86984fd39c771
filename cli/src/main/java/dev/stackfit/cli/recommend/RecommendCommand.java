package dev.stackfit.cli.recommend;

import dev.stackfit.cli.CatalogOption;
import dev.stackfit.cli.ExitCodes;
import dev.stackfit.cli.Output;
import dev.stackfit.cli.Today;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.StartupTiming;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.EvaluationOptions;
import dev.stackfit.core.evaluation.Evaluator;
import dev.stackfit.core.evidence.Evidence;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.formats.evidence.LabResultJson;
import dev.stackfit.formats.profile.ProfileReader;
import dev.stackfit.formats.report.EvaluationJson;
import dev.stackfit.formats.report.HtmlReport;
import dev.stackfit.formats.report.MarkdownReport;
import dev.stackfit.formats.report.TextReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stackfit recommend PROFILE}: a ranked, explained recommendation. */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    description =
        "Rank every framework in the catalog for a team and project profile, with reasons.")
public final class RecommendCommand implements Callable<Integer> {
  /** Output formats of the recommendation. */
  public enum Format {
    text,
    json,
    markdown,
    html
  }

  @Parameters(
      paramLabel = "PROFILE",
      description = "Profile file (YAML or JSON, see docs/profile.md).")
  Path profile;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json, markdown or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the sensitivity sampling (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--samples",
      defaultValue = "10000",
      description = "Sensitivity samples, 0 to skip (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      description = "Evaluate as of this day (YYYY-MM-DD; default: today).")
  LocalDate today;

  @Option(
      names = "--evidence",
      paramLabel = "LAB-RESULT.json",
      description = "PoC lab result to use as measured evidence.")
  Path evidence;

  @Mixin CatalogOption catalogOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    StartupTiming.mark("arguments parsed");
    Catalog catalog = catalogOption.load();
    StartupTiming.mark("catalog loaded");
    Profile parsed = ProfileReader.forCatalog(catalog).read(profile);
    StartupTiming.mark("profile read");
    Optional<Evidence> measured =
        Optional.ofNullable(evidence)
            .map(file -> LabResultJson.read(file, id -> catalog.find(id).isPresent()));
    if (samples < 0 || samples > 1_000_000) {
      throw new BadInputException("--samples must be between 0 and 1000000, was " + samples);
    }
    Evaluation evaluation =
        Evaluator.evaluate(
            parsed, catalog, new EvaluationOptions(Today.or(today), seed, samples, measured));
    StartupTiming.mark("evaluated");
    Output.requireNotInput(out, "--out", profile, evidence);
    String report = render(evaluation, format);
    StartupTiming.mark("rendered");
    Output.write(report, out, spec.commandLine().getOut());
    StartupTiming.mark("written");
    if (out != null) {
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "Wrote the %s report for \"%s\" to %s (%s).%n",
              format,
              evaluation.profile().name(),
              out,
              Output.size(report));
      spec.commandLine().getOut().flush();
    }
    return ExitCodes.OK;
  }

  /** The evaluation in the requested format. */
  public static String render(Evaluation evaluation, Format format) {
    return switch (format) {
      case text -> TextReport.render(evaluation);
      case json -> EvaluationJson.write(evaluation);
      case markdown -> MarkdownReport.render(evaluation);
      case html -> HtmlReport.render(evaluation);
    };
  }
}
