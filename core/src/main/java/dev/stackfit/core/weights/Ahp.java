package dev.stackfit.core.weights;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.PairwiseJudgment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Analytic Hierarchy Process weights: the principal eigenvector of the pairwise comparison matrix
 * and Saaty's consistency ratio.
 *
 * <p>Criteria that appear in no judgment get weight 0, with a warning. Missing pairs among the
 * compared criteria are handled with Harker's method (the missing entry is 0 and the diagonal is
 * raised by the number of missing pairs in its row), which gives the eigenvector of the implied
 * complete matrix.
 */
public final class Ahp {
  /** Saaty's random consistency index for n = 0..10. */
  private static final double[] RANDOM_INDEX = {
    0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49
  };

  /** Judgments are acceptable up to this consistency ratio (Saaty). */
  public static final double ACCEPTABLE_CR = 0.1;

  private Ahp() {}

  /** The result of an AHP computation over the compared criteria. */
  public record Result(Map<Criterion, Double> weights, double lambdaMax, double consistencyRatio) {}

  static Weights weights(List<PairwiseJudgment> judgments) {
    List<Criterion> compared = compared(judgments);
    Result result = compute(judgments);
    Map<Criterion, List<String>> reasons = new EnumMap<>(Criterion.class);
    List<String> warnings = new ArrayList<>();
    for (Criterion criterion : Criterion.values()) {
      reasons.put(
          criterion,
          compared.contains(criterion)
              ? List.of("AHP eigenvector over " + judgments.size() + " judgments")
              : List.of("not compared: weight 0"));
    }
    List<Criterion> left =
        List.of(Criterion.values()).stream().filter(c -> !compared.contains(c)).toList();
    if (!left.isEmpty()) {
      warnings.add(
          "criteria not compared get no weight: "
              + String.join(", ", left.stream().map(Criterion::id).toList()));
    }
    if (result.consistencyRatio() > ACCEPTABLE_CR) {
      warnings.add(
          String.format(
              Locale.ROOT,
              "consistency ratio %.3f is above %.2f; most inconsistent judgments: %s",
              result.consistencyRatio(),
              ACCEPTABLE_CR,
              String.join("; ", mostInconsistent(judgments, result.weights(), 3))));
    }
    return new Weights(
        Weights.normalise(result.weights()),
        WeightSource.AHP,
        reasons,
        OptionalDouble.of(result.consistencyRatio()),
        warnings);
  }

  /** Eigenvector weights and consistency of the compared criteria; others are absent. */
  public static Result compute(List<PairwiseJudgment> judgments) {
    List<Criterion> compared = compared(judgments);
    int n = compared.size();
    double[][] matrix = matrix(judgments, compared);
    double[] vector = new double[n];
    Arrays.fill(vector, 1.0 / n);
    double lambda = n;
    for (int iteration = 0; iteration < 1000; iteration++) {
      double[] next = multiply(matrix, vector);
      double sum = 0;
      for (double v : next) {
        sum += v;
      }
      double change = 0;
      for (int i = 0; i < n; i++) {
        next[i] /= sum;
        change = Math.max(change, Math.abs(next[i] - vector[i]));
      }
      lambda = sum;
      vector = next;
      if (change < 1e-12) {
        break;
      }
    }
    Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
    for (int i = 0; i < n; i++) {
      weights.put(compared.get(i), vector[i]);
    }
    double ci = n > 2 ? (lambda - n) / (n - 1) : 0;
    double cr = n > 2 ? Math.max(0, ci / RANDOM_INDEX[n]) : 0;
    return new Result(weights, lambda, cr);
  }

  private static List<Criterion> compared(List<PairwiseJudgment> judgments) {
    return List.of(Criterion.values()).stream()
        .filter(c -> judgments.stream().anyMatch(j -> j.left() == c || j.right() == c))
        .toList();
  }

  private static double[][] matrix(List<PairwiseJudgment> judgments, List<Criterion> compared) {
    int n = compared.size();
    double[][] matrix = new double[n][n];
    for (PairwiseJudgment judgment : judgments) {
      int i = compared.indexOf(judgment.left());
      int j = compared.indexOf(judgment.right());
      matrix[i][j] = judgment.ratio();
      matrix[j][i] = 1 / judgment.ratio();
    }
    for (int i = 0; i < n; i++) {
      int missing = 0;
      for (int j = 0; j < n; j++) {
        if (i != j && matrix[i][j] == 0) {
          missing++;
        }
      }
      matrix[i][i] = 1 + missing;
    }
    return matrix;
  }

  private static double[] multiply(double[][] matrix, double[] vector) {
    double[] out = new double[vector.length];
    for (int i = 0; i < vector.length; i++) {
      for (int j = 0; j < vector.length; j++) {
        out[i] += matrix[i][j] * vector[j];
      }
    }
    return out;
  }

  /**
   * Judgments that deviate most from the ratio the weights imply, as "left vs right: said 5, the
   * other answers imply 1.3".
   */
  static List<String> mostInconsistent(
      List<PairwiseJudgment> judgments, Map<Criterion, Double> weights, int limit) {
    return judgments.stream()
        .sorted(
            Comparator.comparingDouble((PairwiseJudgment j) -> -deviation(j, weights))
                .thenComparing(j -> j.left().id() + j.right().id()))
        .limit(limit)
        .map(
            j ->
                String.format(
                    Locale.ROOT,
                    "%s vs %s: said %s, the other answers imply %.2f",
                    j.left().id(),
                    j.right().id(),
                    ratioText(j.ratio()),
                    weights.get(j.left()) / weights.get(j.right())))
        .toList();
  }

  private static double deviation(PairwiseJudgment j, Map<Criterion, Double> weights) {
    double implied = weights.get(j.left()) / weights.get(j.right());
    return Math.abs(Math.log(j.ratio() / implied));
  }

  static String ratioText(double ratio) {
    if (ratio >= 1) {
      return String.format(Locale.ROOT, "%.0f", ratio);
    }
    return String.format(Locale.ROOT, "1/%.0f", 1 / ratio);
  }
}
