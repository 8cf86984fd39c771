package dev.stackfit.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The formatter-free number texts must read exactly as {@code String.format} writes them. */
class TextTests {
  private static final double[] EDGES = {
    0,
    -0.0,
    0.5,
    1.5,
    2.5,
    0.49999999999999994,
    0.5000000000000001,
    999.5,
    999.4999999999999,
    1_000,
    1_234_567.5,
    12_345_678.49,
    100 * 0.07,
    100 * 0.6,
    60.00000000000001,
    0x1p52 - 1,
    0x1p52 - 0.5,
    0x1p52,
    0x1p53 + 2,
    1e300,
    -1,
    -0.5,
    -0.4,
    -1_234.5,
    Double.NaN,
    Double.POSITIVE_INFINITY,
    Double.NEGATIVE_INFINITY,
    Double.MIN_VALUE,
    Math.nextDown(0.5)
  };

  @Test
  void numbersReadAsTheFormatterWritesThem() {
    for (double value : EDGES) {
      assertSame(value);
    }
    SplittableRandom random = new SplittableRandom(21);
    for (int i = 0; i < 200_000; i++) {
      double scale = Math.pow(10, random.nextInt(-3, 16));
      double value = random.nextDouble() * scale;
      assertSame(value);
      assertSame(Math.floor(value) + 0.5);
      assertSame(Math.rint(value * 100) / 100);
      assertSame(-value);
    }
  }

  @Test
  void groupedReadsAsTheFormatterWritesIt() {
    long[] edges = {
      0, 1, -1, 999, 1_000, -1_000, 999_999, 1_000_000, Long.MAX_VALUE, Long.MIN_VALUE
    };
    for (long value : edges) {
      assertThat(Text.grouped(value)).isEqualTo(String.format(Locale.ROOT, "%,d", value));
    }
    SplittableRandom random = new SplittableRandom(12);
    for (int i = 0; i < 100_000; i++) {
      long value = random.nextLong() >> random.nextInt(64);
      assertThat(Text.grouped(value)).isEqualTo(String.format(Locale.ROOT, "%,d", value));
    }
  }

  private static void assertSame(double value) {
    assertThat(Text.number(value))
        .as("%%,.0f of %s", value)
        .isEqualTo(String.format(Locale.ROOT, "%,.0f", value));
    assertThat(Text.whole(value))
        .as("%%.0f of %s", value)
        .isEqualTo(String.format(Locale.ROOT, "%.0f", value));
  }
}
