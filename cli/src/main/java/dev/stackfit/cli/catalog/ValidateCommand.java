package dev.stackfit.cli.catalog;

import dev.stackfit.catalog.CatalogValidator;
import dev.stackfit.catalog.ValidationReport;
import dev.stackfit.cli.CatalogOption;
import dev.stackfit.cli.ExitCodes;
import dev.stackfit.cli.Today;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.Problem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stackfit catalog validate [DIR]}: every problem as file:line, stale data as warnings. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Check a catalog directory: schema, sources, dates, licenses; flags data older than 18 months.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "DIR",
      arity = "0..1",
      description = "Catalog directory (default: the shipped catalog/data).")
  Path directory;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      description = "Validate as of this day (default: today).")
  LocalDate today;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path dir = directory != null ? directory : CatalogOption.checkoutCatalog();
    if (dir == null) {
      throw new BadInputException(
          "no catalog directory given and none found in the checkout; pass DIR");
    }
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(dir + ": no such directory");
    }
    ValidationReport report = new CatalogValidator().validate(dir, Today.or(today));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Problem problem : report.errors()) {
      err.println("error: " + problem);
    }
    for (Problem problem : report.warnings()) {
      err.println("warning: " + problem);
    }
    err.flush();
    out.printf(
        "%s: %d error(s), %d warning(s)%n", dir, report.errors().size(), report.warnings().size());
    out.flush();
    return report.errors().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }
}
