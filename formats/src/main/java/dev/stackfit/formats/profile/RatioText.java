package dev.stackfit.formats.profile;

import dev.stackfit.formats.document.ScalarKind;
import dev.stackfit.formats.document.ScalarNode;
import dev.stackfit.formats.document.ValueReader;
import java.math.BigDecimal;
import java.util.Optional;

/** Pairwise ratios as people write them: 3, 0.5 or "1/3". */
final class RatioText {
  private RatioText() {}

  static Optional<Double> parse(ValueReader value) {
    if (value.node() instanceof ScalarNode s && s.kind() == ScalarKind.STRING) {
      return fraction(s.text().strip(), value);
    }
    return value.asNumber(-Double.MAX_VALUE, Double.MAX_VALUE);
  }

  private static Optional<Double> fraction(String text, ValueReader value) {
    int slash = text.indexOf('/');
    try {
      double ratio =
          slash < 0
              ? Double.parseDouble(text)
              : Double.parseDouble(text.substring(0, slash).strip())
                  / Double.parseDouble(text.substring(slash + 1).strip());
      if (Double.isFinite(ratio) && ratio > 0) {
        return Optional.of(ratio);
      }
    } catch (NumberFormatException e) {
      // reported below, like any other text that is not a ratio
    }
    value.report("expected a ratio such as 3 or \"1/3\", got \"" + text + '"');
    return Optional.empty();
  }

  /**
   * "1/N" when the ratio is exactly 1/N for N in 2..9, else the shortest decimal that reads back.
   */
  static String format(double ratio) {
    for (int n = 2; n <= 9; n++) {
      if (ratio == 1.0 / n) {
        return "1/" + n;
      }
    }
    return BigDecimal.valueOf(ratio).stripTrailingZeros().toPlainString();
  }
}
