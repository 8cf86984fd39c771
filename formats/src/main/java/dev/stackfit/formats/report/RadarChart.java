package dev.stackfit.formats.report;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.evaluation.RankedFramework;
import java.util.List;
import java.util.Locale;

/** An inline SVG radar chart of the six criterion scores of a few frameworks. */
public final class RadarChart {
  private static final String[] COLOURS = {"#1f6feb", "#d9480f", "#2b8a3e"};
  private static final int SIZE = 360;
  private static final double RADIUS = 120;

  private RadarChart() {}

  public static String svg(List<RankedFramework> frameworks) {
    StringBuilder svg = new StringBuilder();
    double cx = SIZE / 2.0;
    double cy = SIZE / 2.0;
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"radar\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Criterion scores of the shortlist\">",
            SIZE,
            SIZE));
    Criterion[] criteria = Criterion.values();
    for (double ring : new double[] {0.25, 0.5, 0.75, 1}) {
      svg.append("<polygon fill=\"none\" stroke=\"#ccc\" points=\"")
          .append(points(cx, cy, ring, criteria.length))
          .append("\"/>");
    }
    for (int i = 0; i < criteria.length; i++) {
      double[] p = point(cx, cy, 1.18, i, criteria.length);
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
              p[0],
              p[1],
              criteria[i].id()));
    }
    for (int f = 0; f < frameworks.size() && f < COLOURS.length; f++) {
      RankedFramework r = frameworks.get(f);
      StringBuilder pts = new StringBuilder();
      for (int i = 0; i < criteria.length; i++) {
        double[] p = point(cx, cy, r.criteria().get(criteria[i]).score(), i, criteria.length);
        pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<polygon fill=\"%s\" fill-opacity=\"0.15\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"><title>%s</title></polygon>",
              COLOURS[f],
              COLOURS[f],
              pts.toString().trim(),
              Html.escape(r.optionName())));
    }
    svg.append("</svg>");
    StringBuilder legend = new StringBuilder("<p class=\"legend\">");
    for (int f = 0; f < frameworks.size() && f < COLOURS.length; f++) {
      legend.append(
          String.format(
              Locale.ROOT,
              "<span style=\"color:%s\">&#9632;</span> %s ",
              COLOURS[f],
              Html.escape(frameworks.get(f).optionName())));
    }
    return svg + legend.append("</p>").toString();
  }

  private static String points(double cx, double cy, double value, int n) {
    StringBuilder pts = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double[] p = point(cx, cy, value, i, n);
      pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
    }
    return pts.toString().trim();
  }

  private static double[] point(double cx, double cy, double value, int i, int n) {
    double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
    return new double[] {
      cx + Math.cos(angle) * RADIUS * value, cy + Math.sin(angle) * RADIUS * value
    };
  }
}
