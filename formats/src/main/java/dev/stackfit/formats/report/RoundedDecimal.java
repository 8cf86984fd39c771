package dev.stackfit.formats.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes a double rounded half up to a few decimals, as a plain decimal without trailing zeros,
 * into a reusable character buffer: exactly what {@code BigDecimal.valueOf(value).setScale(d,
 * HALF_UP).stripTrailingZeros().toPlainString()} gives, without its four objects per number.
 *
 * <p>{@code BigDecimal.valueOf} rounds the double's shortest decimal form, which can differ from
 * the double itself in the last binary digit; the two round alike except next to a tie, so values
 * within a millionth of a unit of a tie, or too large for the arithmetic to stay exact, take the
 * {@code BigDecimal} path. Not thread-safe: one per writer.
 */
final class RoundedDecimal {
  private static final double[] POWERS = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
  private static final double LARGEST_FAST = 1e8;
  private static final double TIE_MARGIN = 1e-6;

  private char[] buffer = new char[64];
  private int length;

  /** Formats {@code value}; read the text with {@link #buffer()} and {@link #length()}. */
  RoundedDecimal format(double value, int decimals) {
    if (decimals < 0 || decimals >= POWERS.length || Double.isNaN(value)) {
      return slow(value, decimals);
    }
    double scaled = Math.abs(value) * POWERS[decimals];
    if (!(scaled < LARGEST_FAST)) {
      return slow(value, decimals);
    }
    double floor = Math.floor(scaled);
    double fraction = scaled - floor;
    if (Math.abs(fraction - 0.5) < TIE_MARGIN) {
      return slow(value, decimals);
    }
    long units = (long) floor + (fraction > 0.5 ? 1 : 0);
    length = 0;
    if (units == 0) {
      buffer[length++] = '0';
      return this;
    }
    if (value < 0) {
      buffer[length++] = '-';
    }
    long unit = (long) POWERS[decimals];
    appendDigits(units / unit);
    long rest = units % unit;
    if (rest != 0) {
      buffer[length++] = '.';
      int places = decimals;
      while (rest % 10 == 0) {
        rest /= 10;
        places--;
      }
      for (int p = places - 1; p >= 0; p--) {
        buffer[length + p] = (char) ('0' + rest % 10);
        rest /= 10;
      }
      length += places;
    }
    return this;
  }

  char[] buffer() {
    return buffer;
  }

  int length() {
    return length;
  }

  @Override
  public String toString() {
    return new String(buffer, 0, length);
  }

  private void appendDigits(long value) {
    int start = length;
    do {
      buffer[length++] = (char) ('0' + value % 10);
      value /= 10;
    } while (value > 0);
    for (int i = start, j = length - 1; i < j; i++, j--) {
      char swap = buffer[i];
      buffer[i] = buffer[j];
      buffer[j] = swap;
    }
  }

  private RoundedDecimal slow(double value, int decimals) {
    String text = reference(value, decimals);
    if (text.length() > buffer.length) {
      buffer = new char[text.length()];
    }
    text.getChars(0, text.length(), buffer, 0);
    length = text.length();
    return this;
  }

  /** The {@code BigDecimal} rounding this class matches. */
  static String reference(double value, int decimals) {
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    return (rounded.signum() == 0 ? BigDecimal.ZERO : rounded).toPlainString();
  }
}
