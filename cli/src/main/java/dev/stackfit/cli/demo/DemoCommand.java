package dev.stackfit.cli.demo;

import dev.stackfit.cli.CatalogOption;
import dev.stackfit.cli.ExitCodes;
import dev.stackfit.cli.Today;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.InfrastructureException;
import dev.stackfit.core.advisories.Advisory;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.EvaluationOptions;
import dev.stackfit.core.evaluation.Evaluator;
import dev.stackfit.core.evaluation.RankedFramework;
import dev.stackfit.formats.profile.ProfileReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stackfit demo}: evaluates the shipped example profiles, prints what each recommends and
 * why, then serves them in the web app on its embedded database.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Run the example profiles, show what each recommends and why, and open the web app on them.")
public final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--examples",
      paramLabel = "DIR",
      description = "Profiles to run (default: examples/profiles).")
  Path examples;

  @Option(
      names = "--no-web",
      description = "Only print the recommendations; do not start the web app.")
  boolean noWeb;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Web app port (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int port;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Directory of the demo database (default: data/demo in the checkout).")
  Path data;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      description = "Evaluate as of this day (default: today).")
  LocalDate today;

  @Mixin CatalogOption catalogOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Catalog catalog = catalogOption.load();
    PrintWriter out = spec.commandLine().getOut();
    List<Path> files = profiles(examples != null ? examples : home().resolve("examples/profiles"));
    ProfileReader reader = ProfileReader.forCatalog(catalog);
    LocalDate day = Today.or(today);
    List<DemoRun> runs = new ArrayList<>();
    out.printf(
        Locale.ROOT,
        "stackfit demo: %d example profiles against %d frameworks (catalog as of %s)%n%n",
        files.size(),
        catalog.size(),
        catalog.asOf());
    for (Path file : files) {
      Evaluation evaluation =
          Evaluator.evaluate(reader.read(file), catalog, EvaluationOptions.defaults(day));
      runs.add(new DemoRun(file, evaluation));
      summary(out, file, evaluation);
    }
    out.flush();
    if (noWeb) {
      out.println(
          "Full reports: ./stackfit recommend examples/profiles/NAME.yaml (add --format html --out report.html).");
      out.flush();
      return ExitCodes.OK;
    }
    return DemoWeb.serve(
        runs, catalog, port, data != null ? data : home().resolve("data/demo"), out);
  }

  /** One evaluated example. */
  record DemoRun(Path file, Evaluation evaluation) {}

  static void summary(PrintWriter out, Path file, Evaluation e) {
    out.printf(Locale.ROOT, "== %s  (%s)%n", e.profile().name(), file.getFileName());
    if (e.ranking().isEmpty()) {
      out.println("   no framework passes the constraints");
      return;
    }
    RankedFramework winner = e.ranking().get(0);
    out.printf(
        Locale.ROOT,
        "   recommends %s (%.2f); shortlist %s; winner holds in %.0f%% of weight samples%n",
        winner.framework().name(),
        winner.score(),
        String.join(", ", e.shortlist()),
        100 * e.sensitivity().shown(e.sensitivity().winnerProbability()));
    winner.criteria().values().stream()
        .sorted(
            (a, b) ->
                Double.compare(
                    b.score() * e.weights().of(b.criterion()),
                    a.score() * e.weights().of(a.criterion())))
        .limit(2)
        .forEach(
            c ->
                out.printf(
                    Locale.ROOT,
                    "   why: %s %.2f: %s%n",
                    c.criterion().id(),
                    c.score(),
                    c.reasons().isEmpty() ? "" : c.reasons().get(0)));
    List<String> advisories =
        e.advisories().stream()
            .map(Advisory::id)
            .map(a -> a.id())
            .filter(id -> !id.equals("poc-next"))
            .toList();
    out.printf(
        Locale.ROOT,
        "   advisories: %s%n%n",
        advisories.isEmpty() ? "none besides next steps" : String.join(", ", advisories));
  }

  private static List<Path> profiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException("no example profiles at " + dir + "; pass --examples DIR");
    }
    try (Stream<Path> list = Files.list(dir)) {
      List<Path> files =
          list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
              .sorted()
              .toList();
      if (files.isEmpty()) {
        throw new BadInputException("no .yaml or .json profiles in " + dir);
      }
      return files;
    } catch (IOException e) {
      throw new InfrastructureException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  static Path home() {
    return Path.of(System.getProperty("stackfit.home", "."));
  }
}
