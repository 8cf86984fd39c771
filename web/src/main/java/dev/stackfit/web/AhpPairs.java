package dev.stackfit.web;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.PairwiseJudgment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fifteen pairwise questions of the AHP weights, each answered on a slider from -8 to 8 whose
 * ends sit under the two criteria: 0 is "equally important", -n (towards the left criterion) means
 * the left one is n+1 times as important, +n the right one.
 */
final class AhpPairs {
  /** A question: how much more important is {@code left} than {@code right}? */
  record Pair(int index, Criterion left, Criterion right) {}

  /** Where a judgment sits on the questionnaire's sliders. */
  record Slot(int index, int sliderValue) {}

  static final List<Pair> PAIRS = pairs();

  private AhpPairs() {}

  private static List<Pair> pairs() {
    List<Pair> pairs = new ArrayList<>();
    Criterion[] all = Criterion.values();
    for (int i = 0; i < all.length; i++) {
      for (int j = i + 1; j < all.length; j++) {
        pairs.add(new Pair(pairs.size(), all[i], all[j]));
      }
    }
    return List.copyOf(pairs);
  }

  /** Saaty ratio (left over right) of a slider value: -3 gives "4", 3 gives "1/4", 0 gives "1". */
  static String ratioText(int sliderValue) {
    int clamped = Math.max(-8, Math.min(8, sliderValue));
    return clamped <= 0 ? Integer.toString(1 - clamped) : "1/" + (1 + clamped);
  }

  static Optional<Slot> slot(PairwiseJudgment judgment) {
    for (Pair pair : PAIRS) {
      if (pair.left() == judgment.left() && pair.right() == judgment.right()) {
        return Optional.of(new Slot(pair.index(), slider(judgment.ratio())));
      }
      if (pair.left() == judgment.right() && pair.right() == judgment.left()) {
        return Optional.of(new Slot(pair.index(), -slider(judgment.ratio())));
      }
    }
    return Optional.empty();
  }

  private static int slider(double ratio) {
    return ratio >= 1 ? 1 - (int) Math.round(ratio) : (int) Math.round(1 / ratio) - 1;
  }
}
