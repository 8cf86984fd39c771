package dev.stackfit.core.group;

import java.util.ArrayList;
import java.util.List;

/** How a Delphi session converges across rounds: concordance and weight spread per round. */
public final class Convergence {
  private Convergence() {}

  /**
   * One line per round.
   *
   * @param round 1-based round number
   * @param kendallW concordance of the rankings in that round
   * @param meanWeightSpread mean over criteria of the standard deviation of individual weights
   * @param winner the group's first choice
   */
  public record Round(int round, double kendallW, double meanWeightSpread, String winner) {}

  public static List<Round> of(List<GroupResult> rounds) {
    List<Round> lines = new ArrayList<>();
    for (int i = 0; i < rounds.size(); i++) {
      GroupResult r = rounds.get(i);
      double spread =
          r.weightDisagreement().values().stream()
              .mapToDouble(Double::doubleValue)
              .average()
              .orElse(0);
      lines.add(new Round(i + 1, r.kendallW(), spread, r.ranking().get(0)));
    }
    return lines;
  }

  /** True when the last round agrees more (higher W, or lower spread at equal W) than the first. */
  public static boolean converging(List<Round> rounds) {
    if (rounds.size() < 2) {
      return false;
    }
    Round first = rounds.get(0);
    Round last = rounds.get(rounds.size() - 1);
    return last.kendallW() > first.kendallW()
        || (last.kendallW() == first.kendallW()
            && last.meanWeightSpread() < first.meanWeightSpread());
  }
}
