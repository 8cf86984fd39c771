package dev.stackfit.core.group;

import dev.stackfit.core.BadInputException;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.PairwiseJudgment;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One participant's independent judgment in a decision session round.
 *
 * <p>Every rule a ballot follows is here: the constructor keeps what holds for any ballot, and
 * {@link #requireComplete} what a session's round needs of it.
 *
 * @param participant display name (shown only after the reveal)
 * @param weights criterion weights from sliders, 0 to {@value #MAX_WEIGHT} and relative; empty when
 *     the participant used pairwise comparisons
 * @param judgments AHP pairwise judgments; empty when the participant used sliders
 * @param ratings framework id to criterion to a rating from 1 (poor) to 5 (excellent)
 * @param comments framework id to criterion to an optional comment
 * @param concerns free-text concerns
 * @param enjoyment framework id to "would you enjoy building in it", 1 (not at all) to 5 (very
 *     much)
 */
public record Ballot(
    String participant,
    Map<Criterion, Double> weights,
    List<PairwiseJudgment> judgments,
    Map<String, Map<Criterion, Integer>> ratings,
    Map<String, Map<Criterion, String>> comments,
    String concerns,
    Map<String, Integer> enjoyment) {
  /** The top of a weight slider. */
  public static final double MAX_WEIGHT = 100;

  public Ballot {
    if (participant == null || participant.isBlank()) {
      throw new IllegalArgumentException("a ballot needs a participant");
    }
    if (weights.isEmpty() == judgments.isEmpty()) {
      throw new IllegalArgumentException(
          participant + ": give weights by sliders or by pairwise comparisons");
    }
    weights =
        Collections.unmodifiableMap(
            weights.isEmpty() ? new EnumMap<>(Criterion.class) : new EnumMap<>(weights));
    judgments = List.copyOf(judgments);
    ratings = copy(ratings);
    comments = copy(comments);
    enjoyment = Collections.unmodifiableMap(new LinkedHashMap<>(enjoyment));
    concerns = concerns == null ? "" : concerns;
    for (Double weight : weights.values()) {
      if (weight == null || !(weight >= 0 && weight <= MAX_WEIGHT)) {
        throw new IllegalArgumentException(
            participant + ": weights go from 0 to " + (int) MAX_WEIGHT + ", was " + weight);
      }
    }
    if (!weights.isEmpty()
        && weights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
      throw new IllegalArgumentException(participant + ": give at least one criterion some weight");
    }
    ratings.forEach(
        (framework, byCriterion) ->
            byCriterion.forEach(
                (criterion, rating) -> {
                  if (rating == null || rating < 1 || rating > 5) {
                    throw new IllegalArgumentException(
                        String.format(
                            Locale.ROOT,
                            "%s: the rating of %s on %s goes from 1 to 5, was %s",
                            participant,
                            framework,
                            criterion.label().toLowerCase(Locale.ROOT),
                            rating));
                  }
                }));
    enjoyment.forEach(
        (framework, value) -> {
          if (value == null || value < 1 || value > 5) {
            throw new IllegalArgumentException(
                participant + ": enjoyment of " + framework + " goes from 1 to 5, was " + value);
          }
        });
  }

  /**
   * Checks that the ballot judges all of a round: every framework rated on every criterion and,
   * with pairwise comparisons, every criterion compared at least once; with sliders, some weight on
   * the round's criteria.
   *
   * @throws BadInputException naming the participant and what is missing
   */
  public void requireComplete(List<Criterion> criteria, List<String> frameworks) {
    for (String framework : frameworks) {
      Map<Criterion, Integer> rated = ratings.get(framework);
      if (rated == null || !rated.keySet().containsAll(criteria)) {
        throw new BadInputException(
            participant + " has not rated " + framework + " on every criterion (1 to 5)");
      }
    }
    if (!judgments.isEmpty()) {
      for (Criterion c : criteria) {
        if (judgments.stream().noneMatch(j -> j.left() == c || j.right() == c)) {
          throw new BadInputException(
              participant + " did not compare " + c.id() + " with any other criterion");
        }
      }
    } else if (!(criteria.stream().mapToDouble(c -> weights.getOrDefault(c, 0.0)).sum() > 0)) {
      throw new BadInputException(participant + " gave every criterion zero weight");
    }
  }

  private static <V> Map<String, Map<Criterion, V>> copy(Map<String, Map<Criterion, V>> source) {
    Map<String, Map<Criterion, V>> copy = new LinkedHashMap<>();
    source.forEach(
        (framework, byCriterion) -> {
          EnumMap<Criterion, V> inner = new EnumMap<>(Criterion.class);
          inner.putAll(byCriterion);
          copy.put(framework, Collections.unmodifiableMap(inner));
        });
    return Collections.unmodifiableMap(copy);
  }
}
