package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Runtime;
import java.util.Locale;

/** Display names for ids in reasons ("java" reads as "Java"). */
final class Text {
  private Text() {}

  static String language(Language language) {
    return switch (language) {
      case JAVASCRIPT -> "JavaScript";
      case TYPESCRIPT -> "TypeScript";
      case PYTHON -> "Python";
      case RUBY -> "Ruby";
      case PHP -> "PHP";
      case JAVA -> "Java";
      case KOTLIN -> "Kotlin";
      case SCALA -> "Scala";
      case GROOVY -> "Groovy";
      case CSHARP -> "C#";
      case FSHARP -> "F#";
      case GO -> "Go";
      case RUST -> "Rust";
      case ELIXIR -> "Elixir";
    };
  }

  static String runtime(Runtime runtime) {
    return switch (runtime) {
      case NODE -> "Node.js";
      case CPYTHON -> "CPython";
      case RUBY -> "Ruby (CRuby)";
      case PHP -> "PHP";
      case JVM -> "the JVM";
      case DOTNET -> ".NET";
      case NATIVE -> "a native binary";
      case BEAM -> "the BEAM (Erlang VM)";
    };
  }

  /** A core count for reasons: "0.3", "12", "1,200". */
  static String cores(double value) {
    return value < 10
        ? String.format(Locale.ROOT, "%.1f", value)
        : String.format(Locale.ROOT, "%,.0f", value);
  }

  /** Largest magnitude below which every double's fractional part is exact: 2^52. */
  private static final double EXACT_FRACTIONS = 0x1p52;

  /**
   * {@code String.format(Locale.ROOT, "%,.0f", value)}, without a {@link java.util.Formatter} for
   * the values reasons show (finite, not negative, below 2^52).
   */
  static String number(double value) {
    long whole = roundHalfUp(value);
    return whole < 0 ? String.format(Locale.ROOT, "%,.0f", value) : grouped(whole);
  }

  /**
   * {@code String.format(Locale.ROOT, "%.0f", value)}, without a {@link java.util.Formatter} for
   * finite values from 0 to 2^52.
   */
  static String whole(double value) {
    long whole = roundHalfUp(value);
    return whole < 0 ? String.format(Locale.ROOT, "%.0f", value) : Long.toString(whole);
  }

  /** {@code String.format(Locale.ROOT, "%,d", value)}: digits in groups of three. */
  static String grouped(long value) {
    String digits = Long.toString(value);
    int sign = value < 0 ? 1 : 0;
    int length = digits.length() - sign;
    if (length <= 3) {
      return digits;
    }
    StringBuilder out = new StringBuilder(digits.length() + (length - 1) / 3);
    out.append(digits, 0, sign);
    int first = sign + (length % 3 == 0 ? 3 : length % 3);
    out.append(digits, sign, first);
    for (int i = first; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return out.toString();
  }

  /**
   * The value rounded half up as {@code %.0f} rounds it, or -1 when the fast path does not apply
   * (negative, not finite, or 2^52 and above). {@code %.0f} rounds the shortest decimal that
   * identifies the double; below 2^52 every x.5 is itself a double, so that decimal and the double
   * lie on the same side of it, and rounding the double's exact fraction gives the same result.
   */
  private static long roundHalfUp(double value) {
    if (!(value >= 0 && value < EXACT_FRACTIONS) || (value == 0 && 1 / value < 0)) {
      return -1;
    }
    double floor = Math.floor(value);
    long whole = (long) floor;
    return value - floor >= 0.5 ? whole + 1 : whole;
  }
}
