package dev.stackfit.web.team;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.group.Ballot;
import dev.stackfit.core.profile.PairwiseJudgment;
import dev.stackfit.core.text.TextLimit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ballot page's form fields: {@code weighting} (sliders or ahp), {@code w.CRITERION} (0-100),
 * {@code p.LEFT.RIGHT} (Saaty ratio such as 3 or 1/3), {@code r.FRAMEWORK.CRITERION} (1-5), {@code
 * c.FRAMEWORK.CRITERION} (comment), {@code e.FRAMEWORK} (enjoyment 1-5) and {@code concerns}.
 */
final class BallotForm {
  private BallotForm() {}

  static Ballot read(Map<String, List<String>> form, String participant, List<String> frameworks) {
    return read(form, participant, frameworks, Map.of());
  }

  /**
   * Reads the form; {@code names} (framework id to name) makes messages say "Quarkus" rather than
   * "quarkus".
   */
  static Ballot read(
      Map<String, List<String>> form,
      String participant,
      List<String> frameworks,
      Map<String, String> names) {
    boolean ahp = "ahp".equals(first(form, "weighting"));
    Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
    List<PairwiseJudgment> judgments = new ArrayList<>();
    Criterion[] all = Criterion.values();
    for (int i = 0; i < all.length; i++) {
      if (!ahp) {
        weights.put(
            all[i],
            BallotNumbers.weight(first(form, "w." + all[i].id()), BallotNumbers.weight(all[i])));
      }
      for (int j = i + 1; ahp && j < all.length; j++) {
        String ratio = first(form, "p." + all[i].id() + "." + all[j].id());
        if (!ratio.isEmpty()) {
          judgments.add(judgment(all[i], all[j], ratio));
        }
      }
    }
    Map<String, Map<Criterion, Integer>> ratings = new LinkedHashMap<>();
    Map<String, Map<Criterion, String>> comments = new LinkedHashMap<>();
    Map<String, Integer> enjoyment = new LinkedHashMap<>();
    for (String f : frameworks) {
      String name = names.getOrDefault(f, f);
      Map<Criterion, Integer> r = new EnumMap<>(Criterion.class);
      Map<Criterion, String> c = new EnumMap<>(Criterion.class);
      for (Criterion criterion : all) {
        r.put(
            criterion,
            BallotNumbers.oneToFive(
                first(form, "r." + f + "." + criterion.id()),
                BallotNumbers.rating(name, criterion)));
        String comment =
            BallotJson.text(first(form, "c." + f + "." + criterion.id()), TextLimit.COMMENT);
        if (!comment.isEmpty()) {
          c.put(criterion, comment);
        }
      }
      ratings.put(f, r);
      comments.put(f, c);
      String enjoy = first(form, "e." + f);
      if (!enjoy.isEmpty()) {
        enjoyment.put(f, BallotNumbers.oneToFive(enjoy, BallotNumbers.enjoyment(name)));
      }
    }
    String concerns = BallotJson.text(first(form, "concerns"), TextLimit.CONCERNS);
    return BallotJson.checked(
        () -> new Ballot(participant, weights, judgments, ratings, comments, concerns, enjoyment),
        frameworks);
  }

  private static String first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() ? "" : values.get(0).strip();
  }

  private static PairwiseJudgment judgment(Criterion left, Criterion right, String ratio) {
    String field = "p." + left.id() + "." + right.id() + ": ";
    double value = BallotJson.ratio(ratio, field);
    try {
      return new PairwiseJudgment(left, right, value);
    } catch (IllegalArgumentException e) {
      throw BallotJson.badBallot(field + e.getMessage());
    }
  }
}
