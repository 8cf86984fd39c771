package dev.stackfit.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RoundedDecimalTests {
  private final RoundedDecimal decimal = new RoundedDecimal();

  private String format(double value, int decimals) {
    return decimal.format(value, decimals).toString();
  }

  @Test
  void writesPlainDecimalsWithoutTrailingZeros() {
    assertThat(format(0.5, 4)).isEqualTo("0.5");
    assertThat(format(1, 4)).isEqualTo("1");
    assertThat(format(100, 4)).isEqualTo("100");
    assertThat(format(0.00004, 4)).isEqualTo("0");
    assertThat(format(-0.00004, 4)).isEqualTo("0");
    assertThat(format(-0.01234, 4)).isEqualTo("-0.0123");
    assertThat(format(0.80515, 2)).isEqualTo("0.81");
    assertThat(format(12345.67891, 4)).isEqualTo("12345.6789");
  }

  @Test
  void roundsTiesAsTheShortestDecimalFormOfTheDoubleSays() {
    // 0.285 is stored as 0.28499999999999998; BigDecimal.valueOf sees "0.285" and rounds up.
    assertThat(format(0.285, 2)).isEqualTo("0.29");
    assertThat(format(1.00005, 4)).isEqualTo("1.0001");
    assertThat(format(-2.5, 0)).isEqualTo("-3");
    assertThat(format(0.00005, 4)).isEqualTo("0.0001");
  }

  @Test
  void agreesWithBigDecimalOnAMillionValues() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 1_000_000; i++) {
      double value =
          switch (i % 4) {
            case 0 -> random.nextDouble();
            case 1 -> random.nextDouble(-1, 1);
            case 2 -> random.nextDouble(-1e6, 1e6);
            default -> Math.round(random.nextDouble(0, 1e6)) / 1e5 + 5e-6; // ties at 4 decimals
          };
      int decimals = i % 5;
      assertThat(format(value, decimals))
          .as("%s to %d decimals", value, decimals)
          .isEqualTo(RoundedDecimal.reference(value, decimals));
    }
    for (double huge : new double[] {1e12 + 0.5, -3e15, Double.MAX_VALUE, 1e-300}) {
      assertThat(format(huge, 4)).isEqualTo(RoundedDecimal.reference(huge, 4));
    }
  }
}
