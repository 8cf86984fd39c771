package dev.stackfit.core.weights;

import dev.stackfit.core.criteria.Criterion;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Criterion weights that sum to 1, with their provenance.
 *
 * @param values weight per criterion, each in [0, 1], summing to 1
 * @param source derived, direct or ahp
 * @param reasons per criterion, what moved its weight (derived) or how it was given
 * @param consistencyRatio Saaty's CR, present only for AHP weights
 * @param warnings things the user should know (inconsistent judgments, criteria left out)
 */
public record Weights(
    Map<Criterion, Double> values,
    WeightSource source,
    Map<Criterion, List<String>> reasons,
    OptionalDouble consistencyRatio,
    List<String> warnings) {
  public Weights {
    EnumMap<Criterion, Double> copy = new EnumMap<>(Criterion.class);
    double sum = 0;
    for (Criterion criterion : Criterion.values()) {
      double value = values.getOrDefault(criterion, 0.0);
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException(criterion.id() + " weight out of [0, 1]: " + value);
      }
      copy.put(criterion, value);
      sum += value;
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("weights must sum to 1, sum to " + sum);
    }
    values = Collections.unmodifiableMap(copy);
    EnumMap<Criterion, List<String>> reasonCopy = new EnumMap<>(Criterion.class);
    reasons.forEach((c, r) -> reasonCopy.put(c, List.copyOf(r)));
    reasons = Collections.unmodifiableMap(reasonCopy);
    warnings = List.copyOf(warnings);
  }

  public double of(Criterion criterion) {
    return values.get(criterion);
  }

  /** Weights as an array in criterion order, for tight loops. */
  public double[] toArray() {
    double[] array = new double[Criterion.values().length];
    for (Criterion criterion : Criterion.values()) {
      array[criterion.ordinal()] = values.get(criterion);
    }
    return array;
  }

  /** Divides each raw value by their sum. */
  static Map<Criterion, Double> normalise(Map<Criterion, Double> raw) {
    double sum = raw.values().stream().mapToDouble(Double::doubleValue).sum();
    if (!(sum > 0)) {
      throw new IllegalArgumentException("weights must not all be zero");
    }
    Map<Criterion, Double> result = new EnumMap<>(Criterion.class);
    double running = 0;
    Criterion last = null;
    for (Criterion criterion : Criterion.values()) {
      double value = raw.getOrDefault(criterion, 0.0) / sum;
      result.put(criterion, value);
      running += value;
      if (value > 0) {
        last = criterion;
      }
    }
    // Absorb floating-point residue so the sum is exactly 1.
    result.put(last, result.get(last) + (1 - running));
    return result;
  }
}
