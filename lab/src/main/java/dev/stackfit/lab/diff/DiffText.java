package dev.stackfit.lab.diff;

import java.util.Locale;

/** The report of {@code lab diff} as text for a terminal. */
public final class DiffText {
  private DiffText() {}

  public static String render(DiffReport report) {
    StringBuilder out = new StringBuilder();
    out.append("lab diff: ")
        .append(report.oldUrl())
        .append(" (old) against ")
        .append(report.newUrl())
        .append(" (new)\n")
        .append(report.requests())
        .append(report.requests() == 1 ? " request" : " requests")
        .append(" sent to each; noise learned from ")
        .append(report.noiseFrom())
        .append("; headers compared: ")
        .append(report.headers().isEmpty() ? "none" : String.join(", ", report.headers()))
        .append("\n");
    for (DiffReport.Endpoint e : report.endpoints()) {
      out.append('\n')
          .append(e.endpoint())
          .append(": ")
          .append(e.requests())
          .append(e.requests() == 1 ? " request, " : " requests, ")
          .append(e.differing() == 0 ? "no difference" : e.differing() + " differ")
          .append('\n');
      if (!e.noise().isEmpty()) {
        out.append("  ignored as noise: ").append(String.join(", ", e.noise())).append('\n');
      }
      for (DiffReport.Field f : e.fields()) {
        out.append("  ")
            .append(f.field())
            .append(": differs in ")
            .append(f.requests())
            .append(" of ")
            .append(e.requests())
            .append('\n');
        for (DiffReport.Example x : f.examples()) {
          out.append("    ")
              .append(x.request())
              .append(" (")
              .append(x.origin())
              .append(")")
              .append(x.field().equals(f.field()) ? "" : " " + x.field())
              .append(": old ")
              .append(x.oldValue())
              .append(", new ")
              .append(x.newValue())
              .append('\n');
        }
      }
    }
    out.append('\n').append(verdict(report)).append('\n');
    return out.toString();
  }

  /** One sentence: whether the new service answers like the old one. */
  public static String verdict(DiffReport report) {
    if (report.same()) {
      return String.format(
          Locale.ROOT,
          "Same: no difference beyond the noise in %d %s to %d %s.",
          report.requests(),
          report.requests() == 1 ? "request" : "requests",
          report.endpoints().size(),
          report.endpoints().size() == 1 ? "endpoint" : "endpoints");
    }
    long endpoints = report.endpoints().stream().filter(e -> e.differing() > 0).count();
    return String.format(
        Locale.ROOT,
        "Different: %d of %d requests differ beyond the noise, in %d of %d endpoints.",
        report.differing(),
        report.requests(),
        endpoints,
        report.endpoints().size());
  }
}
