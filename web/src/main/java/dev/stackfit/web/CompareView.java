package dev.stackfit.web;

import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Philosophy;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Structure;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.formats.report.Labels;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Side-by-side comparison in the shape of the guide's table, one column per framework. */
record CompareView(List<Framework> frameworks) {
  /** A table row: the aspect and one cell per framework. */
  record Row(String aspect, List<String> cells) {}

  List<Row> rows() {
    return List.of(
        row(
            "Language",
            f ->
                f.languages().value().stream().map(Labels::of).collect(Collectors.joining(", "))
                    + " on "
                    + Labels.of(f.runtime().value())),
        row(
            "Request handling",
            f ->
                f.requestModel().value().description()
                    + (f.alsoSupports().isEmpty()
                        ? ""
                        : "; also "
                            + f.alsoSupports().stream()
                                .map(RequestModel::description)
                                .collect(Collectors.joining(", ")))),
        row(
            "Structure",
            f ->
                f.structure().value() == Structure.CONVENTION
                    ? "convention over configuration"
                    : "flexible, you choose the layout"),
        row(
            "Ecosystem",
            f ->
                (f.philosophy().value() == Philosophy.BATTERIES ? "batteries included" : "modular")
                    + "; built in or first-party: "
                    + builtIn(f)),
        row(
            "Learning curve",
            f ->
                Labels.of(f.learningCurve().value())
                    + (f.learningNotes().isEmpty() ? "" : " — " + f.learningNotes())),
        row("Best for", f -> String.join("; ", f.bestFor().value())),
        row("License", f -> f.license().value()),
        row("First release", f -> String.valueOf(f.firstRelease().value())),
        row("Backed by", f -> Labels.of(f.governance().value())));
  }

  private Row row(String aspect, Function<Framework, String> cell) {
    return new Row(aspect, frameworks.stream().map(cell).toList());
  }

  private static String builtIn(Framework f) {
    List<String> ids =
        List.of(Feature.values()).stream()
            .filter(x -> f.support(x) == Support.BUILT_IN || f.support(x) == Support.FIRST_PARTY)
            .map(Labels::of)
            .toList();
    return ids.isEmpty() ? "none" : String.join(", ", ids);
  }
}
