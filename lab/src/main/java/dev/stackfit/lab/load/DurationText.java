package dev.stackfit.lab.load;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them, the one reading for {@code stackfit load} options and lab files:
 * {@code 500ms}, {@code 10s}, {@code 1.5m}, {@code 1h}; a bare number means seconds.
 */
public final class DurationText {
  private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

  private DurationText() {}

  /** The duration {@code text} stands for; empty when it is not one or too long to represent. */
  public static Optional<Duration> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    double value = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double nanosPerUnit =
        switch (unit) {
          case "ms" -> 1e6;
          case "m" -> 60e9;
          case "h" -> 3600e9;
          default -> 1e9;
        };
    double nanos = value * nanosPerUnit;
    return nanos > Long.MAX_VALUE / 2
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(Math.round(nanos)));
  }
}
