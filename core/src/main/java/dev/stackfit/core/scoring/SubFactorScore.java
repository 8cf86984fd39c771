package dev.stackfit.core.scoring;

import java.util.List;

/**
 * One named part of a criterion's score.
 *
 * @param id stable kebab-case id ("language-skill")
 * @param score in [0, 1]
 * @param weight relative weight inside its criterion, greater than 0
 * @param reasons checkable statements that explain the score
 */
public record SubFactorScore(String id, double score, double weight, List<String> reasons) {
  /**
   * Id of the part that stands in for missing community figures: scored at the mean of its
   * criterion's other parts, it neither helps nor hurts, and reports should call it neutral.
   */
  public static final String MISSING_COMMUNITY_FIGURES = "community-figures";

  public SubFactorScore {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException(id + ": score must be in [0, 1], was " + score);
    }
    if (!(weight > 0)) {
      throw new IllegalArgumentException(id + ": weight must be positive, was " + weight);
    }
    reasons = List.copyOf(reasons);
  }

  public static SubFactorScore of(String id, double score, double weight, String... reasons) {
    return new SubFactorScore(id, clamp(score), weight, List.of(reasons));
  }

  /** Limits {@code value} to [0, 1]. */
  public static double clamp(double value) {
    return Math.max(0, Math.min(1, value));
  }
}
