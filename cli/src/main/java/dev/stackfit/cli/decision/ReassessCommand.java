package dev.stackfit.cli.decision;

import dev.stackfit.cli.CatalogOption;
import dev.stackfit.cli.ExitCodes;
import dev.stackfit.cli.Today;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.decision.Reassessment;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.EvaluationOptions;
import dev.stackfit.core.evaluation.Evaluator;
import dev.stackfit.core.evaluation.Exclusion;
import dev.stackfit.core.evaluation.RankedFramework;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.formats.decision.DecisionJson;
import dev.stackfit.formats.decision.ReassessmentReport;
import dev.stackfit.formats.profile.ProfileReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stackfit reassess DECISION}: re-runs the evaluation today and reports drift. */
@Command(
    name = "reassess",
    mixinStandardHelpOptions = true,
    description =
        "Re-run a recorded decision's evaluation with today's catalog (and profile): report what changed since the decision and what is due.")
public final class ReassessCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "DECISION",
      description = "Decision file written by 'stackfit decide' or downloaded from the web app.")
  Path decisionFile;

  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description = "Today's profile, if the team or project changed (default: the one recorded).")
  Path profile;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      description = "Reassess as of this day (default: today).")
  LocalDate today;

  /** Output formats of the report. */
  public enum Format {
    text,
    json
  }

  @Option(
      names = "--format",
      defaultValue = "text",
      description =
          "text or json (default: ${DEFAULT-VALUE}); the JSON is what the web app's"
              + " POST /api/v1/decisions/{id}/reassessment answers.")
  Format format;

  @Mixin CatalogOption catalogOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Decision decision = DecisionJson.read(readText(decisionFile), decisionFile.toString());
    Catalog catalog = catalogOption.load();
    ProfileReader reader = ProfileReader.forCatalog(catalog);
    Profile parsed =
        profile != null
            ? reader.read(profile)
            : reader.parse(decision.profileYaml(), decisionFile + " (recorded profile)");
    LocalDate day = Today.or(today);
    Evaluation now = Evaluator.evaluate(parsed, catalog, EvaluationOptions.defaults(day));
    Reassessment.Result result = Reassessment.compare(decision, now, day);
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        format == Format.json
            ? ReassessmentReport.json(decision, result, day)
            : ReassessmentReport.text(decision, result, name(now, decision.chosen())));
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The framework's name in today's evaluation, ranked or excluded; its id when it is in neither.
   */
  private static String name(Evaluation now, String id) {
    return Stream.concat(
            now.ranking().stream().map(RankedFramework::framework),
            now.excluded().stream().map(Exclusion::framework))
        .filter(f -> f.id().equals(id))
        .map(Framework::name)
        .findFirst()
        .orElse(id);
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(new Problem(file.toString(), 0, 0, "", "file not found"));
    } catch (IOException e) {
      throw new InvalidInputException(
          new Problem(file.toString(), 0, 0, "", "cannot be read: " + e.getMessage()));
    }
  }
}
