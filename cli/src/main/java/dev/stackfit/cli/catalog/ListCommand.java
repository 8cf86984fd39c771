package dev.stackfit.cli.catalog;

import dev.stackfit.cli.CatalogOption;
import dev.stackfit.cli.ExitCodes;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.formats.report.EvaluationJson;
import dev.stackfit.formats.report.FrameworkJson;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stackfit catalog list}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the frameworks in the catalog.")
final class ListCommand implements Callable<Integer> {
  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  CatalogFormat format;

  @Mixin CatalogOption catalogOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Catalog catalog = catalogOption.load();
    PrintWriter out = spec.commandLine().getOut();
    if (format == CatalogFormat.json) {
      out.print(EvaluationJson.toText(FrameworkJson.list(catalog.frameworks())));
    } else {
      out.printf(
          Locale.ROOT,
          "%-22s %-22s %-11s %-8s %-19s %-11s %s%n",
          "id",
          "name",
          "language",
          "runtime",
          "request model",
          "structure",
          "philosophy");
      for (Framework f : catalog.frameworks()) {
        out.printf(
            Locale.ROOT,
            "%-22s %-22s %-11s %-8s %-19s %-11s %s%n",
            f.id(),
            f.name(),
            f.language().id(),
            f.runtime().value().id(),
            f.requestModel().value().id(),
            f.structure().value().id(),
            f.philosophy().value().id());
      }
      out.printf(
          Locale.ROOT,
          "%n%d frameworks, catalog as of %s. 'stackfit catalog show ID' for sourced facts.%n",
          catalog.size(),
          catalog.asOf());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
