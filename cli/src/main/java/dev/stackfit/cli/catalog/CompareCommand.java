package dev.stackfit.cli.catalog;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stackfit.cli.CatalogOption;
import dev.stackfit.cli.ExitCodes;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.formats.report.Comparison;
import dev.stackfit.formats.report.EvaluationJson;
import dev.stackfit.formats.report.FrameworkJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stackfit catalog compare ID ID...}: the guide's comparison table. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description =
        "Compare frameworks side by side: request handling, structure, ecosystem, learning curve, best for.")
final class CompareCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID", arity = "2..*", description = "Two or more framework ids.")
  List<String> ids;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
  CatalogFormat format;

  @Mixin CatalogOption catalogOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<Framework> frameworks = Lookup.all(catalogOption.load(), ids);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case text -> out.print(Comparison.text(frameworks));
      case markdown -> out.print(Comparison.markdown(frameworks));
      case json -> {
        var root = JsonNodeFactory.instance.objectNode();
        var rows = root.putObject("rows");
        Comparison.rows(frameworks)
            .forEach(
                (label, cells) -> {
                  var array = rows.putArray(label);
                  cells.forEach(array::add);
                });
        root.set("frameworks", FrameworkJson.list(frameworks));
        out.print(EvaluationJson.toText(root));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
