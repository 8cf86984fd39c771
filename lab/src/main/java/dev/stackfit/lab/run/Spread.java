package dev.stackfit.lab.run;

import java.util.List;

/**
 * The spread of one figure over repetitions (or over start-ups).
 *
 * @param count how many values
 * @param min the lowest
 * @param median the lower median: with two values, the lower one
 * @param max the highest
 */
public record Spread(int count, double min, double median, double max) {
  public static final Spread NONE = new Spread(0, 0, 0, 0);

  /** The spread of {@code values}; {@link #NONE} when empty. */
  public static Spread of(List<Double> values) {
    if (values.isEmpty()) {
      return NONE;
    }
    List<Double> sorted = values.stream().sorted().toList();
    return new Spread(
        sorted.size(),
        sorted.get(0),
        sorted.get((sorted.size() - 1) / 2),
        sorted.get(sorted.size() - 1));
  }

  public boolean isEmpty() {
    return count == 0;
  }

  /** Whether two spreads share no value range: a difference larger than either run's own noise. */
  public boolean apartFrom(Spread other) {
    return !isEmpty() && !other.isEmpty() && (max < other.min || other.max < min);
  }
}
