package dev.stackfit.web;

import dev.stackfit.core.Identified;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.evaluation.CloseCall;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.RankedFramework;
import dev.stackfit.core.sensitivity.SensitivityResult;
import dev.stackfit.formats.report.Flips;
import dev.stackfit.formats.report.Labels;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The results page of one saved evaluation. */
record ResultsView(Evaluations.Evaluated evaluated) {
  private static final int TOP = 8;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  String id() {
    return evaluated.id();
  }

  /** A measured figure rounded for display ("1,234"). */
  String number(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  Evaluation evaluation() {
    return evaluated.evaluation();
  }

  String createdAt() {
    return WHEN.format(evaluated.saved().createdAt());
  }

  List<RankedFramework> ranking() {
    return evaluation().ranking();
  }

  /** The leading frameworks, shown open; the rest sit behind a disclosure. */
  List<RankedFramework> top() {
    return ranking().subList(0, Math.min(TOP, ranking().size()));
  }

  List<RankedFramework> rest() {
    return ranking().subList(Math.min(TOP, ranking().size()), ranking().size());
  }

  /** Stay or move, for a profile with a current stack. */
  Optional<dev.stackfit.formats.report.StayOrMove> stayOrMove() {
    return dev.stackfit.formats.report.StayOrMove.of(evaluation());
  }

  /** The name the ranking shows: the current stack is marked as staying. */
  static String label(RankedFramework r) {
    return dev.stackfit.formats.report.StayOrMove.label(r);
  }

  Optional<RankedFramework> winner() {
    return evaluation().winner();
  }

  List<RankedFramework> shortlist() {
    return evaluation().shortlist().ids().stream()
        .flatMap(id -> ranking().stream().filter(r -> r.framework().id().equals(id)))
        .toList();
  }

  /** A sentence when the top two are too close to call (decided by the sensitivity analysis). */
  Optional<String> closeCall() {
    return CloseCall.of(evaluation());
  }

  String compareUrl() {
    return "/compare?"
        + String.join("&", shortlist().stream().map(r -> "id=" + r.framework().id()).toList());
  }

  SensitivityResult sensitivity() {
    return evaluation().sensitivity();
  }

  boolean hasSensitivity() {
    return sensitivity().samples() > 0 && !sensitivity().rankAcceptability().isEmpty();
  }

  String radarSvg() {
    return Charts.radar(shortlist());
  }

  String acceptabilitySvg() {
    return Charts.acceptability(sensitivity().rankAcceptability(), this::name);
  }

  String colour(int index) {
    return Charts.SERIES[index % Charts.SERIES.length];
  }

  Optional<String> flipSentence() {
    return winner()
        .flatMap(
            w ->
                sensitivity()
                    .smallestFlip()
                    .map(f -> Flips.sentence(f, w.optionName(), evaluation())));
  }

  String name(String frameworkId) {
    return ranking().stream()
        .filter(r -> r.framework().id().equals(frameworkId))
        .map(r -> r.optionName())
        .findFirst()
        .orElse(frameworkId);
  }

  List<Criterion> criteria() {
    return List.of(Criterion.values());
  }

  double weight(Criterion criterion) {
    return evaluation().weights().of(criterion);
  }

  List<String> weightReasons(Criterion criterion) {
    return evaluation().weights().reasons().getOrDefault(criterion, List.of());
  }

  /** Where the weights came from, in words. */
  String weightSource() {
    return switch (evaluation().weights().source()) {
      case DERIVED -> "derived from your answers";
      case DIRECT -> "set with sliders";
      case AHP -> "from pairwise comparisons";
    };
  }

  /** An id's words ("Conventions for this team"). */
  static String words(Identified value) {
    return Labels.of(value);
  }

  String consistency() {
    return evaluation().weights().consistencyRatio().isPresent()
        ? two(evaluation().weights().consistencyRatio().getAsDouble())
        : "";
  }

  String acceptabilityText(String id) {
    double[] shares = sensitivity().rankAcceptability().get(id);
    StringBuilder text = new StringBuilder();
    for (int i = 0; shares != null && i < shares.length; i++) {
      text.append(i == 0 ? "" : ", ")
          .append(Charts.ordinal(i + 1))
          .append(' ')
          .append(Charts.percent(shares[i]));
    }
    return text.toString();
  }

  static String two(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String percent(double share) {
    return Charts.percent(share);
  }
}
