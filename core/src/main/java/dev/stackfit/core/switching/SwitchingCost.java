package dev.stackfit.core.switching;

import java.util.List;

/**
 * What moving from the current stack to an alternative costs, as a deduction from the alternative's
 * total score (docs/engine.md, "Stay or move").
 *
 * @param penalty deduction from the weighted total, in [0, {@link Switching#MAX_PENALTY}]
 * @param distance how much of the code a move rewrites: 0.35 same language and code style, 0.6 same
 *     language in another code style, 0.7 another language on the same runtime, 1 another language
 *     and runtime
 * @param rewriteKloc thousands of lines rewritten (size x distance)
 * @param months calendar months of the move with half the team on it, both stacks running
 * @param reasons how it was computed, with every assumption named
 */
public record SwitchingCost(
    double penalty, double distance, double rewriteKloc, double months, List<String> reasons) {
  public SwitchingCost {
    reasons = List.copyOf(reasons);
  }
}
