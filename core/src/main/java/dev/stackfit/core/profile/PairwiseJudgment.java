package dev.stackfit.core.profile;

import dev.stackfit.core.criteria.Criterion;

/**
 * One AHP judgment: {@code left} is {@code ratio} times as important as {@code right}, on Saaty's
 * 1/9..9 scale.
 */
public record PairwiseJudgment(Criterion left, Criterion right, double ratio) {
  public PairwiseJudgment {
    if (left == null || right == null || left == right) {
      throw new IllegalArgumentException("a judgment compares two different criteria");
    }
    if (!(ratio >= 1.0 / 9 - 1e-9 && ratio <= 9 + 1e-9)) {
      throw new IllegalArgumentException(
          "a judgment ratio must be between 1/9 and 9, was " + ratio);
    }
  }
}
