package dev.stackfit.web;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.evaluation.RankedFramework;
import dev.stackfit.formats.report.Html;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntToDoubleFunction;

/**
 * Server-side inline SVG charts. Colours are SVG presentation attributes, not style attributes, so
 * the strict Content-Security-Policy allows them; every chart also has a text equivalent on the
 * page.
 */
final class Charts {
  static final String[] SERIES = {"#2457c5", "#c2410c", "#15803d", "#7e22ce"};
  private static final String OTHER = "#d4d4d8";
  private static final int RADAR_SIZE = 420;
  private static final double RADAR_RADIUS = 130;

  private Charts() {}

  /** A radar of the six criterion scores of up to four frameworks. */
  static String radar(List<RankedFramework> frameworks) {
    double c = RADAR_SIZE / 2.0;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"chart radar\" viewBox=\"-70 0 %d %d\" role=\"img\""
                + " aria-labelledby=\"radar-title\"><title id=\"radar-title\">Criterion scores of"
                + " the shortlist (outer ring = 1.0)</title>",
            RADAR_SIZE + 140,
            RADAR_SIZE));
    Criterion[] criteria = Criterion.values();
    for (double ring : new double[] {0.25, 0.5, 0.75, 1}) {
      svg.append("<polygon fill=\"none\" stroke=\"#c8c8d0\" points=\"")
          .append(ring(c, i -> ring, criteria.length))
          .append("\"/>");
    }
    for (int i = 0; i < criteria.length; i++) {
      double[] end = point(c, 1, i, criteria.length);
      double[] label = point(c, 1.22, i, criteria.length);
      svg.append(line(c, c, end[0], end[1]));
      String anchor = Math.abs(label[0] - c) < 5 ? "middle" : label[0] > c ? "start" : "end";
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"15\">%s</text>",
              label[0],
              label[1] + 4,
              anchor,
              criteria[i].id()));
    }
    for (int f = 0; f < frameworks.size() && f < SERIES.length; f++) {
      RankedFramework r = frameworks.get(f);
      svg.append(
          String.format(
              Locale.ROOT,
              "<polygon fill=\"%s\" fill-opacity=\"0.12\" stroke=\"%s\" stroke-width=\"2.5\""
                  + " points=\"%s\"><title>%s</title></polygon>",
              SERIES[f],
              SERIES[f],
              ring(c, i -> r.criteria().get(criteria[i]).score(), criteria.length),
              Html.escape(r.optionName())));
    }
    return svg.append("</svg>").toString();
  }

  /**
   * Stacked horizontal bars: for each framework, the share of weight samples in which it ranked
   * first, second, third, or lower.
   */
  static String acceptability(
      Map<String, double[]> rankAcceptability, Function<String, String> names) {
    int rowHeight = 30;
    int labelWidth = 150;
    int barWidth = 330;
    int height = rankAcceptability.size() * rowHeight + 10;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"chart bars\" viewBox=\"0 0 %d %d\" role=\"img\""
                + " aria-labelledby=\"bars-title\"><title id=\"bars-title\">Rank acceptability:"
                + " share of weight samples in which each framework ranks 1st, 2nd, 3rd</title>",
            labelWidth + barWidth + 10,
            height));
    int row = 0;
    for (Map.Entry<String, double[]> e : rankAcceptability.entrySet()) {
      double y = 5 + row++ * rowHeight;
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"14\">%s</text>",
              labelWidth - 8,
              y + 17,
              Html.escape(names.apply(e.getKey()))));
      double x = labelWidth;
      double rest = 1;
      double[] shares = e.getValue();
      for (int rank = 0; rank < shares.length && rank < 3; rank++) {
        x =
            segment(
                svg,
                x,
                y,
                shares[rank] * barWidth,
                SERIES[rank],
                ordinal(rank + 1) + ": " + percent(shares[rank]));
        rest -= shares[rank];
      }
      segment(svg, x, y, Math.max(0, rest) * barWidth, OTHER, "lower: " + percent(rest));
    }
    return svg.append("</svg>").toString();
  }

  private static double segment(
      StringBuilder svg, double x, double y, double width, String fill, String title) {
    if (width > 0.05) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"22\" fill=\"%s\"><title>%s</title></rect>",
              x,
              y,
              width,
              fill,
              title));
    }
    return x + width;
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", Math.max(0, share) * 100);
  }

  static String ordinal(int rank) {
    return switch (rank) {
      case 1 -> "1st";
      case 2 -> "2nd";
      case 3 -> "3rd";
      default -> rank + "th";
    };
  }

  private static String line(double x1, double y1, double x2, double y2) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#c8c8d0\"/>",
        x1,
        y1,
        x2,
        y2);
  }

  private static String ring(double c, IntToDoubleFunction value, int n) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double[] p = point(c, value.applyAsDouble(i), i, n);
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
    }
    return points.toString().trim();
  }

  private static double[] point(double c, double value, int i, int n) {
    double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
    return new double[] {
      c + Math.cos(angle) * RADAR_RADIUS * value, c + Math.sin(angle) * RADAR_RADIUS * value
    };
  }
}
