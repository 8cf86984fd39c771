package dev.stackfit.cli.decision;

import dev.stackfit.cli.CatalogOption;
import dev.stackfit.cli.ExitCodes;
import dev.stackfit.cli.Output;
import dev.stackfit.cli.Today;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.Identified;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.decision.Baseline;
import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.decision.DecisionStatus;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.EvaluationOptions;
import dev.stackfit.core.evaluation.Evaluator;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.formats.decision.DecisionJson;
import dev.stackfit.formats.decision.MadrWriter;
import dev.stackfit.formats.decision.RadarCsv;
import dev.stackfit.formats.profile.ProfileReader;
import dev.stackfit.formats.profile.ProfileWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stackfit decide PROFILE --choose ID}: records a decision as a MADR file, a decision file
 * for {@code stackfit reassess}, and a tech-radar CSV.
 */
@Command(
    name = "decide",
    mixinStandardHelpOptions = true,
    description =
        "Record a framework decision: a MADR decision record, a decision file for reassess, and a radar CSV.")
public final class DecideCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PROFILE", description = "The profile the decision is based on.")
  Path profile;

  @Option(
      names = "--choose",
      required = true,
      paramLabel = "ID",
      description = "The chosen framework (one of the shortlist unless --consider says otherwise).")
  String chosen;

  @Option(
      names = "--consider",
      split = ",",
      paramLabel = "ID",
      description = "Options considered (default: the shortlist, plus the chosen one).")
  List<String> considered;

  @Option(
      names = "--rationale",
      defaultValue = "",
      paramLabel = "TEXT",
      description = "Why this option, in your words (required); the record quotes it.")
  String rationale;

  @Option(
      names = "--title",
      description = "Title of the record (default: \"Use NAME for PROFILE-NAME\").")
  String title;

  @Option(
      names = "--id",
      defaultValue = "0001-framework-choice",
      description = "Record id and file name stem (default: ${DEFAULT-VALUE}).")
  String id;

  @Option(
      names = "--status",
      defaultValue = "accepted",
      paramLabel = "STATUS",
      description = "proposed or accepted (default: ${DEFAULT-VALUE}).")
  String status;

  @Option(
      names = "--decision-maker",
      paramLabel = "NAME",
      description =
          "Someone who took the decision (repeat for each); the record's decision-makers.")
  List<String> decisionMakers = new ArrayList<>();

  @Option(
      names = "--consulted",
      paramLabel = "NAME",
      description = "Someone whose opinion was asked (repeat for each); the record's consulted.")
  List<String> consulted = new ArrayList<>();

  @Option(
      names = "--informed",
      paramLabel = "NAME",
      description =
          "Someone kept informed of the outcome (repeat for each); the record's informed.")
  List<String> informed = new ArrayList<>();

  @Option(
      names = "--review-months",
      defaultValue = "6",
      description = "Months until reassessment (default: ${DEFAULT-VALUE}).")
  int reviewMonths;

  @Option(
      names = "--out-dir",
      defaultValue = "decisions",
      paramLabel = "DIR",
      description = "Where to write the files (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Option(
      names = "--force",
      description = "Replace the record's files when they exist (default: refuse, nothing lost).")
  boolean force;

  @Option(names = "--today", paramLabel = "DATE", description = "Decision date (default: today).")
  LocalDate today;

  @Mixin CatalogOption catalogOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
      throw new BadInputException(
          "--id must be letters, digits, '.', '_' or '-' (it names files), was \"" + id + "\"");
    }
    if (rationale.isBlank()) {
      throw new BadInputException(
          "--rationale is required: say in a sentence why "
              + chosen
              + " was chosen; the record quotes it and never makes up a reason");
    }
    if (reviewMonths < 1 || reviewMonths > 60) {
      throw new BadInputException("--review-months must be between 1 and 60, was " + reviewMonths);
    }
    DecisionStatus decisionStatus =
        Identified.byId(DecisionStatus.class, status)
            .filter(s -> s == DecisionStatus.PROPOSED || s == DecisionStatus.ACCEPTED)
            .orElseThrow(
                () ->
                    new BadInputException(
                        "--status must be proposed or accepted, was \"" + status + "\""));
    for (String suffix : List.of(".md", ".json", "-radar.csv")) {
      Path target = outDir.resolve(id + suffix);
      if (!force && Files.exists(target)) {
        throw new BadInputException(
            target
                + " already exists: a decision record is never replaced silently; choose another"
                + " --id (the next number, say) or pass --force");
      }
    }
    Catalog catalog = catalogOption.load();
    Profile parsed = ProfileReader.forCatalog(catalog).read(profile);
    LocalDate day = Today.or(today);
    Evaluation evaluation = Evaluator.evaluate(parsed, catalog, EvaluationOptions.defaults(day));
    List<String> options =
        new ArrayList<>(considered == null ? evaluation.shortlist().ids() : considered);
    if (!options.contains(chosen)) {
      options.add(chosen);
    }
    // Staying on the current stack is always among the options considered (issue 18).
    evaluation.ranking().stream()
        .filter(r -> r.statusQuo() && !options.contains(r.framework().id()))
        .findFirst()
        .ifPresent(r -> options.add(r.framework().id()));
    for (String option : options) {
      if (evaluation.ranking().stream().noneMatch(r -> r.framework().id().equals(option))) {
        throw new BadInputException(
            "\"" + option + "\" is not a ranked framework for this profile (unknown or excluded)");
      }
    }
    String name =
        evaluation.ranking().stream()
            .filter(r -> r.framework().id().equals(chosen))
            .findFirst()
            .orElseThrow()
            .framework()
            .name();
    Decision decision =
        new Decision(
            id,
            title != null ? title : "Use " + name + " for " + parsed.name(),
            decisionStatus,
            Optional.empty(),
            day,
            chosen,
            options,
            rationale,
            decisionMakers,
            consulted,
            informed,
            day.plusMonths(reviewMonths),
            ProfileWriter.toYaml(parsed),
            Baseline.of(evaluation));
    PrintWriter out = spec.commandLine().getOut();
    Output.write(
        MadrWriter.write(decision, evaluation, Optional.empty(), List.of()),
        outDir.resolve(id + ".md"),
        out);
    Output.write(DecisionJson.write(decision), outDir.resolve(id + ".json"), out);
    Output.write(RadarCsv.write(decision, evaluation), outDir.resolve(id + "-radar.csv"), out);
    out.printf(
        Locale.ROOT,
        "Recorded: %s%n  %s (MADR)%n  %s (for 'stackfit reassess')%n  %s (Build-Your-Own-Radar CSV)%nReassess by %s.%n",
        decision.title(),
        outDir.resolve(id + ".md"),
        outDir.resolve(id + ".json"),
        outDir.resolve(id + "-radar.csv"),
        decision.reviewBy());
    out.flush();
    return ExitCodes.OK;
  }
}
