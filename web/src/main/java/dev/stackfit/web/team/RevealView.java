package dev.stackfit.web.team;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.group.Ballot;
import dev.stackfit.core.group.Convergence;
import dev.stackfit.core.group.GroupResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A revealed round: the group's result both ways (AIJ and AIP), disagreement, concordance, outliers
 * as conversation starters, the ballots' comments and concerns, and convergence across rounds.
 *
 * @param m the caller's membership
 * @param round the round shown
 * @param result the aggregation of that round
 * @param ballots that round's ballots, now visible
 * @param convergence one line per revealed round
 * @param names framework id to display name
 * @param csrf the caller's CSRF token
 */
record RevealView(
    DecisionSessions.Membership m,
    int round,
    GroupResult result,
    List<Ballot> ballots,
    List<Convergence.Round> convergence,
    Map<String, String> names,
    String csrf) {

  String name(String framework) {
    return names.getOrDefault(framework, framework);
  }

  /** A conversation starter with framework names for ids. */
  String outlier(String text) {
    String named = text;
    for (Map.Entry<String, String> e : names.entrySet()) {
      named = named.replace(" ranks " + e.getKey() + " first", " ranks " + e.getValue() + " first");
    }
    return named;
  }

  /** True for the facilitator on the newest round once it is revealed: next round or decision. */
  boolean decides() {
    return m.facilitates() && latest() && m.revealed(round);
  }

  static String pct(double value) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * value);
  }

  static String num(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
  }

  String kendall() {
    double w = result.kendallW();
    if (Double.isNaN(w)) {
      return "n/a (needs two participants)";
    }
    String words =
        w >= 0.7 ? "strong agreement" : w >= 0.4 ? "moderate agreement" : "weak agreement";
    return num(w) + " — " + words;
  }

  List<Criterion> criteria() {
    return result.criteria();
  }

  boolean latest() {
    return round == m.session().round();
  }

  boolean converging() {
    return Convergence.converging(convergence);
  }

  String enjoyment(String framework) {
    Double value = result.enjoyment().get(framework);
    return value == null ? "—" : String.format(Locale.ROOT, "%.1f / 5", value);
  }
}
