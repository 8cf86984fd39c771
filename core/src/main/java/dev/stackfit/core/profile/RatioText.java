package dev.stackfit.core.profile;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * Pairwise ratios as people write them, the one reading for profiles, the AHP endpoint and ballots:
 * a number ({@code 3}, {@code 0.5}) or a fraction ({@code 1/3}, {@code 2/3}), spaces allowed around
 * the parts.
 */
public final class RatioText {
  private RatioText() {}

  /** The positive, finite ratio {@code text} stands for; empty when it is not one. */
  public static OptionalDouble parse(String text) {
    if (text == null) {
      return OptionalDouble.empty();
    }
    String trimmed = text.strip();
    int slash = trimmed.indexOf('/');
    try {
      double ratio =
          slash < 0
              ? Double.parseDouble(trimmed)
              : Double.parseDouble(trimmed.substring(0, slash).strip())
                  / Double.parseDouble(trimmed.substring(slash + 1).strip());
      return Double.isFinite(ratio) && ratio > 0
          ? OptionalDouble.of(ratio)
          : OptionalDouble.empty();
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  /**
   * "1/N" when the ratio is exactly 1/N for N in 2..9, else the shortest decimal that reads back.
   */
  public static String format(double ratio) {
    for (int n = 2; n <= 9; n++) {
      if (ratio == 1.0 / n) {
        return "1/" + n;
      }
    }
    return BigDecimal.valueOf(ratio).stripTrailingZeros().toPlainString();
  }
}
