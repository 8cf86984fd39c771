package dev.stackfit.core.evaluation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the first two options are too close to call, decided by the sensitivity analysis: a
 * winner that stays first under most weight variations is no close call however small its lead, and
 * one that often loses first place is one however large its lead looks.
 */
public final class CloseCall {
  /** Below this share of weight variations in which the winner stays first, it is a close call. */
  public static final double WINNER_PROBABILITY = 0.6;

  /** Without sampling, scores closer than this are a close call. */
  static final double SCORE_GAP = 0.03;

  private CloseCall() {}

  /** A sentence when the first two are too close to call, else empty. */
  public static Optional<String> of(Evaluation evaluation) {
    if (evaluation.ranking().size() < 2) {
      return Optional.empty();
    }
    RankedFramework first = evaluation.ranking().get(0);
    RankedFramework second = evaluation.ranking().get(1);
    if (evaluation.sensitivity().samples() == 0) {
      double gap = first.score() - second.score();
      return gap >= SCORE_GAP
          ? Optional.empty()
          : Optional.of(
              String.format(
                  Locale.ROOT,
                  "%s and %s are only %.2f apart: treat them as a tie and let a proof of concept"
                      + " decide.",
                  first.optionName(),
                  second.optionName(),
                  gap));
    }
    double stays = evaluation.sensitivity().winnerProbability();
    if (stays >= WINNER_PROBABILITY) {
      return Optional.empty();
    }
    Map<String, double[]> acceptability = evaluation.sensitivity().rankAcceptability();
    double[] challenger = acceptability.get(second.framework().id());
    double takes = challenger == null || challenger.length == 0 ? 0 : challenger[0];
    return Optional.of(
        String.format(
            Locale.ROOT,
            "%s stays first in only %.0f%% of weight variations and %s takes first place in %.0f%%:"
                + " treat them as a tie and let a proof of concept decide.",
            first.optionName(),
            100 * stays,
            second.optionName(),
            100 * takes));
  }
}
