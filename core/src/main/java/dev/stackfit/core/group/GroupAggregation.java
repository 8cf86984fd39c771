package dev.stackfit.core.group;

import dev.stackfit.core.BadInputException;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.PairwiseJudgment;
import dev.stackfit.core.weights.Ahp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Aggregates blind ballots the two ways Forman and Peniwati describe: aggregation of individual
 * judgments (AIJ, geometric mean of each pairwise judgment and each rating; the group acting as one
 * unit) and aggregation of individual priorities (AIP, the mean of each member's own result;
 * members acting as individuals). Also measures disagreement, concordance (Kendall's W) and
 * outliers.
 */
public final class GroupAggregation {
  /**
   * A participant whose ranking correlates below this with the group's is flagged as an outlier.
   */
  static final double OUTLIER_CORRELATION = 0.0;

  private GroupAggregation() {}

  public static GroupResult aggregate(
      List<Criterion> criteria, List<String> frameworks, List<Ballot> ballots) {
    if (ballots.isEmpty()) {
      throw new BadInputException("nothing to reveal: no ballots were submitted");
    }
    if (criteria.size() < 2 || frameworks.size() < 2) {
      throw new BadInputException("a session needs at least two criteria and two frameworks");
    }
    List<GroupResult.Individual> individuals = new ArrayList<>();
    for (Ballot ballot : ballots) {
      ballot.requireComplete(criteria, frameworks);
      individuals.add(individual(ballot, criteria, frameworks));
    }
    Ahp.Result groupWeights = Ahp.compute(groupJudgments(individuals, criteria));
    Map<Criterion, Double> aijWeights = ordered(criteria, groupWeights.weights());
    Map<String, Double> aij = new LinkedHashMap<>();
    for (String framework : frameworks) {
      double score = 0;
      for (Criterion c : criteria) {
        score += aijWeights.get(c) * normalise(geometricMeanRating(ballots, framework, c));
      }
      aij.put(framework, score);
    }
    Map<String, Double> aip = new LinkedHashMap<>();
    for (String framework : frameworks) {
      aip.put(
          framework,
          individuals.stream().mapToDouble(i -> i.priorities().get(framework)).average().orElse(0));
    }
    List<String> ranking = rank(aij);
    return new GroupResult(
        List.copyOf(criteria),
        List.copyOf(frameworks),
        aijWeights,
        groupWeights.consistencyRatio(),
        aij,
        aip,
        ranking,
        individuals,
        weightDisagreement(individuals, criteria),
        frameworkDisagreement(individuals, frameworks),
        Concordance.kendallW(
            individuals.stream().map(GroupResult.Individual::ranking).toList(), frameworks),
        outliers(individuals, ranking),
        enjoyment(ballots, frameworks));
  }

  static GroupResult.Individual individual(
      Ballot ballot, List<Criterion> criteria, List<String> frameworks) {
    Map<Criterion, Double> weights = ordered(criteria, ballotWeights(ballot, criteria));
    Map<String, Double> priorities = new LinkedHashMap<>();
    for (String framework : frameworks) {
      Map<Criterion, Integer> ratings = ballot.ratings().get(framework);
      double priority = 0;
      for (Criterion c : criteria) {
        priority += weights.get(c) * normalise(ratings.get(c));
      }
      priorities.put(framework, priority);
    }
    return new GroupResult.Individual(ballot.participant(), weights, priorities, rank(priorities));
  }

  private static Map<Criterion, Double> ballotWeights(Ballot ballot, List<Criterion> criteria) {
    if (!ballot.judgments().isEmpty()) {
      return Ahp.compute(ballot.judgments()).weights();
    }
    double sum = criteria.stream().mapToDouble(c -> ballot.weights().getOrDefault(c, 0.0)).sum();
    Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
    criteria.forEach(c -> weights.put(c, ballot.weights().getOrDefault(c, 0.0) / sum));
    return weights;
  }

  /**
   * Each member's implied judgment w_i / w_j, combined by geometric mean; the geometric mean keeps
   * reciprocity (the mean of 2, 3, 4 and of their reciprocals are reciprocal), the arithmetic would
   * not. A zero weight is floored so its ratios stay finite.
   */
  private static List<PairwiseJudgment> groupJudgments(
      List<GroupResult.Individual> individuals, List<Criterion> criteria) {
    List<PairwiseJudgment> judgments = new ArrayList<>();
    for (int i = 0; i < criteria.size(); i++) {
      for (int j = i + 1; j < criteria.size(); j++) {
        double logSum = 0;
        for (GroupResult.Individual member : individuals) {
          double a = Math.max(1e-3, member.weights().get(criteria.get(i)));
          double b = Math.max(1e-3, member.weights().get(criteria.get(j)));
          logSum += Math.log(Math.max(1.0 / 9, Math.min(9, a / b)));
        }
        judgments.add(
            new PairwiseJudgment(
                criteria.get(i), criteria.get(j), Math.exp(logSum / individuals.size())));
      }
    }
    return judgments;
  }

  private static double geometricMeanRating(
      List<Ballot> ballots, String framework, Criterion criterion) {
    double logSum = 0;
    for (Ballot ballot : ballots) {
      logSum += Math.log(ballot.ratings().get(framework).get(criterion));
    }
    return Math.exp(logSum / ballots.size());
  }

  /** Maps a 1..5 rating to [0, 1]. */
  static double normalise(double rating) {
    return (rating - 1) / 4;
  }

  private static Map<Criterion, Double> ordered(
      List<Criterion> criteria, Map<Criterion, Double> weights) {
    double sum = criteria.stream().mapToDouble(c -> weights.getOrDefault(c, 0.0)).sum();
    Map<Criterion, Double> result = new EnumMap<>(Criterion.class);
    criteria.forEach(c -> result.put(c, weights.getOrDefault(c, 0.0) / sum));
    return result;
  }

  static List<String> rank(Map<String, Double> scores) {
    return scores.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
  }

  private static Map<Criterion, Double> weightDisagreement(
      List<GroupResult.Individual> individuals, List<Criterion> criteria) {
    Map<Criterion, Double> spread = new EnumMap<>(Criterion.class);
    for (Criterion c : criteria) {
      spread.put(
          c,
          standardDeviation(individuals.stream().mapToDouble(i -> i.weights().get(c)).toArray()));
    }
    return spread;
  }

  private static Map<String, Double> frameworkDisagreement(
      List<GroupResult.Individual> individuals, List<String> frameworks) {
    Map<String, Double> spread = new LinkedHashMap<>();
    for (String f : frameworks) {
      spread.put(
          f,
          standardDeviation(
              individuals.stream().mapToDouble(i -> i.priorities().get(f)).toArray()));
    }
    return spread;
  }

  static double standardDeviation(double[] values) {
    if (values.length < 2) {
      return 0;
    }
    double mean = 0;
    for (double v : values) {
      mean += v / values.length;
    }
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / (values.length - 1));
  }

  private static List<String> outliers(
      List<GroupResult.Individual> individuals, List<String> groupRanking) {
    List<String> outliers = new ArrayList<>();
    if (individuals.size() < 3) {
      return outliers;
    }
    for (GroupResult.Individual member : individuals) {
      double rho = Concordance.spearman(member.ranking(), groupRanking);
      if (rho < OUTLIER_CORRELATION) {
        outliers.add(
            String.format(
                Locale.ROOT,
                "%s ranks %s first where the group ranks %s first (rank correlation %.2f): worth hearing why",
                member.participant(),
                member.ranking().get(0),
                groupRanking.get(0),
                rho));
      }
    }
    return outliers;
  }

  private static Map<String, Double> enjoyment(List<Ballot> ballots, List<String> frameworks) {
    Map<String, Double> means = new LinkedHashMap<>();
    for (String f : frameworks) {
      ballots.stream()
          .filter(b -> b.enjoyment().containsKey(f))
          .mapToInt(b -> b.enjoyment().get(f))
          .average()
          .ifPresent(mean -> means.put(f, mean));
    }
    return means;
  }
}
