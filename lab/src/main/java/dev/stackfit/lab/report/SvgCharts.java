package dev.stackfit.lab.report;

import static dev.stackfit.formats.report.Html.escape;

import dev.stackfit.lab.run.CandidateResult;
import dev.stackfit.lab.run.Format;
import dev.stackfit.lab.run.LabResult;
import dev.stackfit.lab.run.StepResult;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Inline SVG charts for the HTML report: no scripts, no external files. */
final class SvgCharts {
  static final List<String> COLOURS =
      List.of("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b");
  private static final String BOUND = "#f79009";
  private static final int W = 640;
  private static final int H = 300;
  private static final int LEFT = 60;
  private static final int RIGHT = 20;
  private static final int TOP = 20;
  private static final int BOTTOM = 40;

  private SvgCharts() {}

  static String colour(int index) {
    return COLOURS.get(index % COLOURS.size());
  }

  /** p99 (solid) and p50 (dashed) latency against the offered rate, with the targets marked. */
  static String latency(LabResult r) {
    double targetP99 = r.lab().targets().p99LatencyMs();
    double maxRate =
        r.lab().load().ratesPerSec(r.lab().targets().rps()).stream()
            .mapToDouble(Double::doubleValue)
            .max()
            .orElse(1);
    double maxMs =
        r.candidates().stream()
            .flatMap(c -> c.representative().steps().stream())
            .mapToDouble(StepResult::p99Ms)
            .max()
            .orElse(targetP99);
    // Cap the axis so one collapsed step does not flatten everything else; points above it sit on
    // the top edge and their labels give the real figure.
    double yMax = Math.max(targetP99 * 1.25, Math.min(maxMs * 1.1, targetP99 * 4));
    StringBuilder svg = open("Latency against offered rate");
    axes(svg, "offered rate (requests/s)", "latency (ms)", maxRate, yMax);
    double ty = y(targetP99, yMax);
    svg.append(line(LEFT, ty, W - RIGHT, ty, "#888", "6 4"))
        .append(text(W - RIGHT - 4, ty - 4, "end", "p99 target " + Format.ms(targetP99) + " ms"));
    double tx = x(r.lab().targets().rps(), maxRate);
    svg.append(line(tx, TOP, tx, H - BOTTOM, "#888", "2 4"))
        .append(text(tx + 4, TOP + 12, "start", "target rate"));
    for (int i = 0; i < r.candidates().size(); i++) {
      List<StepResult> steps = r.candidates().get(i).representative().steps();
      svg.append(series(steps, StepResult::p99Ms, maxRate, yMax, colour(i), ""));
      svg.append(series(steps, StepResult::p50Ms, maxRate, yMax, colour(i), "4 3"));
      for (StepResult s : steps) {
        double py = y(Math.min(s.p99Ms(), yMax), yMax);
        svg.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\" stroke=\"%s\">"
                    + "<title>%s: %s rps, p99 %s ms</title></circle>",
                x(s.targetRps(), maxRate),
                py,
                s.sustained() ? colour(i) : "#fff",
                colour(i),
                escape(r.candidates().get(i).candidate().name()),
                Format.rate(s.targetRps()),
                Format.ms(s.p99Ms())));
        if (s.isMachineBound()) {
          svg.append(
              String.format(
                  Locale.ROOT,
                  "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"none\" stroke=\"%s\""
                      + " stroke-width=\"2\"><title>machine-bound: %s</title></circle>",
                  x(s.targetRps(), maxRate),
                  py,
                  BOUND,
                  escape(String.join("; ", s.machineBound()))));
        }
      }
    }
    legend(
        svg,
        r,
        "solid: p99, dashed: p50; hollow points missed the target; orange rings: machine-bound");
    return svg.append("</svg>").toString();
  }

  /** Idle and peak resident memory of each candidate's process tree. */
  static String memory(LabResult r) {
    return bars(
        r,
        "Memory of the process tree (MiB)",
        "MiB",
        List.of(c -> c.representative().idleRssMb(), c -> c.representative().peakRssMb()),
        List.of("idle", "peak under load"));
  }

  /** Time to the first healthy answer: the median of every start. */
  static String startup(LabResult r) {
    return bars(
        r,
        "Start-up to first healthy answer (ms)",
        "ms",
        List.of(c -> Math.max(0, c.startupMs())),
        List.of("start-up"));
  }

  private static String bars(
      LabResult r,
      String title,
      String unit,
      List<ToDoubleFunction<CandidateResult>> values,
      List<String> labels) {
    double max =
        r.candidates().stream()
            .flatMapToDouble(c -> values.stream().mapToDouble(v -> v.applyAsDouble(c)))
            .max()
            .orElse(1);
    double yMax = max <= 0 ? 1 : max * 1.15;
    StringBuilder svg = open(title);
    axes(svg, "", unit, 0, yMax);
    int n = r.candidates().size();
    double group = (W - LEFT - RIGHT) / (double) n;
    double bar = Math.min(60, group * 0.7 / values.size());
    for (int i = 0; i < n; i++) {
      CandidateResult c = r.candidates().get(i);
      double start = LEFT + group * i + (group - bar * values.size()) / 2;
      for (int v = 0; v < values.size(); v++) {
        double value = values.get(v).applyAsDouble(c);
        double top = y(value, yMax);
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\""
                    + " fill-opacity=\"%s\"><title>%s %s: %.1f %s</title></rect>",
                start + bar * v,
                top,
                bar - 2,
                H - BOTTOM - top,
                colour(i),
                v == 0 ? "1" : "0.55",
                escape(c.candidate().name()),
                labels.get(v),
                value,
                unit));
        svg.append(
            text(
                start + bar * v + bar / 2,
                top - 4,
                "middle",
                String.format(Locale.ROOT, "%.0f", value)));
      }
      svg.append(
          text(LEFT + group * i + group / 2, H - BOTTOM + 16, "middle", c.candidate().name()));
    }
    if (values.size() > 1) {
      svg.append(
          text(W - RIGHT, TOP + 4, "end", "solid: " + labels.get(0) + ", light: " + labels.get(1)));
    }
    return svg.append("</svg>").toString();
  }

  private static String series(
      List<StepResult> steps,
      ToDoubleFunction<StepResult> value,
      double maxRate,
      double yMax,
      String colour,
      String dash) {
    if (steps.isEmpty()) {
      return "";
    }
    StringBuilder points = new StringBuilder();
    for (StepResult s : steps) {
      points.append(
          String.format(
              Locale.ROOT,
              "%.1f,%.1f ",
              x(s.targetRps(), maxRate),
              y(Math.min(value.applyAsDouble(s), yMax), yMax)));
    }
    return String.format(
        Locale.ROOT,
        "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>",
        points.toString().trim(),
        colour,
        dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"");
  }

  private static void legend(StringBuilder svg, LabResult r, String note) {
    for (int i = 0; i < r.candidates().size(); i++) {
      double lx = LEFT + 10 + i * 140;
      svg.append(line(lx, H + 12, lx + 18, H + 12, colour(i), ""))
          .append(text(lx + 22, H + 16, "start", r.candidates().get(i).candidate().name()));
    }
    svg.append(text(W - RIGHT, H + 32, "end", note));
  }

  private static void axes(
      StringBuilder svg, String xLabel, String yLabel, double xMax, double yMax) {
    svg.append(line(LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM, "#333", ""))
        .append(line(LEFT, TOP, LEFT, H - BOTTOM, "#333", ""));
    for (int i = 0; i <= 4; i++) {
      double value = yMax * i / 4;
      svg.append(text(LEFT - 6, y(value, yMax) + 4, "end", Format.number(round(value))));
      if (xMax > 0) {
        double xv = xMax * i / 4;
        svg.append(text(x(xv, xMax), H - BOTTOM + 16, "middle", Format.rate(Math.round(xv))));
      }
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"14\" y=\"%d\" font-size=\"11\" transform=\"rotate(-90 14 %d)\""
                + " text-anchor=\"middle\">%s</text>",
            (TOP + H - BOTTOM) / 2,
            (TOP + H - BOTTOM) / 2,
            escape(yLabel)));
    if (!xLabel.isEmpty()) {
      svg.append(text((LEFT + W - RIGHT) / 2.0, H - BOTTOM + 30, "middle", xLabel));
    }
  }

  private static double round(double value) {
    return value >= 10 ? Math.round(value) : Math.round(value * 10) / 10.0;
  }

  private static StringBuilder open(String title) {
    return new StringBuilder(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\""
                + " height=\"%d\" role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\">"
                + "<title>%s</title>",
            W,
            H + 40,
            W,
            H + 40,
            escape(title),
            escape(title)));
  }

  private static double x(double rate, double maxRate) {
    return LEFT + (W - LEFT - RIGHT) * rate / maxRate;
  }

  private static double y(double value, double yMax) {
    return H - BOTTOM - (H - TOP - BOTTOM) * value / yMax;
  }

  private static String line(
      double x1, double y1, double x2, double y2, String colour, String dash) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>",
        x1,
        y1,
        x2,
        y2,
        colour,
        dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"");
  }

  private static String text(double x, double y, String anchor, String content) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"%s\">%s</text>",
        x,
        y,
        anchor,
        escape(content));
  }
}
