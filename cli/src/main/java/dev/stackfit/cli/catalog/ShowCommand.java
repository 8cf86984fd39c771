package dev.stackfit.cli.catalog;

import dev.stackfit.cli.CatalogOption;
import dev.stackfit.cli.ExitCodes;
import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.FeatureSupport;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.RepositoryHistory;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Source;
import dev.stackfit.formats.report.EvaluationJson;
import dev.stackfit.formats.report.FrameworkJson;
import dev.stackfit.formats.report.HealthRows;
import dev.stackfit.formats.report.HistoryRows;
import java.io.PrintWriter;
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

/** {@code stackfit catalog show ID}: every fact with its source and date. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show one framework's sourced facts.")
final class ShowCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID", description = "Framework id (see 'stackfit catalog list').")
  String id;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  CatalogFormat format;

  @Mixin CatalogOption catalogOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Framework f = Lookup.all(catalogOption.load(), List.of(id)).get(0);
    PrintWriter out = spec.commandLine().getOut();
    if (format == CatalogFormat.json) {
      out.print(EvaluationJson.toText(FrameworkJson.full(f)));
    } else {
      text(f, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void text(Framework f, PrintWriter out) {
    out.printf("%s (%s)  %s  %s%n%n", f.name(), f.id(), f.homepage(), f.repository());
    fact(
        out,
        "languages",
        String.join(", ", f.languages().value().stream().map(l -> l.id()).toList()),
        f.languages());
    fact(out, "runtime", f.runtime().value().id(), f.runtime());
    fact(out, "license", f.license().value(), f.license());
    fact(out, "first release", String.valueOf(f.firstRelease().value()), f.firstRelease());
    var v = f.version().value();
    fact(
        out,
        "current major",
        v.major()
            + " ("
            + v.released()
            + "), latest "
            + v.latest()
            + " ("
            + v.latestDate()
            + ")"
            + (v.preOne() ? ", pre-1.0" : ""),
        f.version());
    Fact<String> model = f.modelAndOptions().map(ShowCommand::modelText);
    fact(out, "request model", model.value(), model);
    fact(out, "structure", f.structure().value().id(), f.structure());
    fact(out, "philosophy", f.philosophy().value().id(), f.philosophy());
    fact(out, "learning curve", f.learningCurve().value().id(), f.learningCurve());
    fact(out, "governance", f.governance().value().id(), f.governance());
    fact(out, "best for", String.join(", ", f.bestFor().value()), f.bestFor());
    f.supportPolicy().ifPresent(p -> fact(out, "support policy", p.value(), p));
    f.performance()
        .ifPresent(
            p ->
                fact(
                    out,
                    "TechEmpower",
                    String.format(
                        Locale.ROOT,
                        "variant %s: JSON %,.0f rps, Fortunes %,.0f rps (peak-tuned lab figures)",
                        p.value().variant(),
                        p.value().jsonRps(),
                        p.value().fortunesRps()),
                    p));
    if (!f.learningNotes().isEmpty()) {
      out.printf("%nlearning notes: %s%n", f.learningNotes());
    }
    out.printf("%nfeatures%n");
    f.features().forEach((feature, fact) -> feature(out, feature.id(), fact));
    f.releases()
        .ifPresent(
            r -> {
              out.printf("%nrelease lines (source %s, as of %s)%n", r.source(), r.asOf());
              if (!r.note().isEmpty()) {
                out.printf("  note: %s%n", r.note());
              }
              for (Release line : r.value()) {
                out.printf(
                    "  %-8s released %s  active support until %s  end of life %s%s%n",
                    line.line(),
                    line.released(),
                    orDash(line.activeSupportEnd()),
                    orDash(line.eol()),
                    line.lts() ? "  LTS" : "");
              }
            });
    history(f, out);
    Optional<String> healthSource = HealthRows.source(f);
    if (healthSource.isPresent()) {
      out.printf("%ncommunity health (%s)%n", healthSource.get());
      HealthRows.of(f.health().orElseThrow())
          .forEach(row -> out.printf("  %-46s %s%n", row.getKey(), row.getValue()));
    } else {
      out.printf("%ncommunity health: %s%n", HealthRows.NOT_RECORDED);
    }
    out.printf("%nsources%n");
    for (Source s : f.sources().values()) {
      out.printf(
          "  [%s] %s  %s  (accessed %s)%n",
          s.id(), s.title(), s.hasUrl() ? s.url() : "(document, no address)", s.accessed());
    }
  }

  /** The git figures: the newest window, the years before it and the release history. */
  private static void history(Framework f, PrintWriter out) {
    if (f.history().isEmpty()) {
      out.printf("%ngit history: %s%n", HistoryRows.missing(f));
      return;
    }
    RepositoryHistory h = f.history().get();
    out.printf("%ngit history (%s; source %s)%n", HistoryRows.snapshot(f, h), h.source());
    if (!h.note().isEmpty()) {
      out.printf("  note: %s%n", h.note());
    }
    h.activityAsOf(h.asOf())
        .ifPresent(
            w ->
                HistoryRows.of(w)
                    .forEach(r -> out.printf("  %-46s %s%n", r.getKey(), r.getValue())));
    out.printf("  %-46s %s%n", "Release history", HistoryRows.releases(h));
    out.printf("  12-month windows, newest first%n");
    for (int i = h.activity().size() - 1; i >= 0; i--) {
      out.printf("    %s%n", HistoryRows.line(h.activity().get(i)));
    }
  }

  private static void fact(PrintWriter out, String label, String value, Fact<?> fact) {
    out.printf(
        "%-16s %s  [%s, %s%s]%n",
        label, value, fact.source(), fact.asOf(), fact.verified() ? "" : ", UNVERIFIED");
    if (!fact.note().isEmpty()) {
      out.printf("%-16s   %s%n", "", fact.note());
    }
    fact.since().ifPresent(d -> out.printf("%-16s   since %s%n", "", d));
    fact.before().ifPresent(b -> fact(out, "  before", FrameworkJson.valueText(b.value()), b));
  }

  /** "thread-per-request; also virtual-threads, event-loop": the default, then its options. */
  private static String modelText(List<RequestModel> models) {
    return models.get(0).id()
        + (models.size() == 1
            ? ""
            : "; also "
                + String.join(
                    ", ", models.subList(1, models.size()).stream().map(m -> m.id()).toList()));
  }

  private static String orDash(Object value) {
    return value == null ? "-" : value.toString();
  }

  /** One feature line, then the level it had before its {@code since} day, indented. */
  private static void feature(PrintWriter out, String label, Fact<FeatureSupport> fact) {
    FeatureSupport support = fact.value();
    out.printf(
        "  %-22s %-12s %s%s  [%s, %s%s]%n",
        label,
        support.level().id(),
        support.provider(),
        fact.since().map(d -> " (since " + d + ")").orElse(""),
        fact.source(),
        fact.asOf(),
        fact.verified() ? "" : ", unverified");
    fact.before().ifPresent(b -> feature(out, "    before", b));
  }
}
