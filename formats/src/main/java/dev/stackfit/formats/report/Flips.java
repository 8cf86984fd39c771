package dev.stackfit.formats.report;

import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.sensitivity.Flip;
import java.util.Locale;

/** Plain-language sentences about weight flips, shared by the reports. */
public final class Flips {
  private Flips() {}

  /** "Raising scale fit from 0.20 to 0.31 (+0.11) makes Gin the winner instead of Django." */
  public static String sentence(Flip flip, String winnerName, Evaluation evaluation) {
    double from = evaluation.weights().of(flip.criterion());
    String newWinner =
        evaluation.ranking().stream()
            .filter(r -> r.framework().id().equals(flip.newWinner()))
            .map(r -> r.framework().name())
            .findFirst()
            .orElse(flip.newWinner());
    return String.format(
        Locale.ROOT,
        "Smallest flip: %s %s from %.2f to %.2f (%+.2f, others rescaled) makes %s the winner instead of %s.",
        flip.weightChange() >= 0 ? "raising" : "lowering",
        flip.criterion().label().toLowerCase(Locale.ROOT),
        from,
        from + flip.weightChange(),
        flip.weightChange(),
        newWinner,
        winnerName);
  }
}
