package dev.stackfit.lab.file;

import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.ValueReader;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations written as {@code 500ms}, {@code 10s} or {@code 2m}, bounded to one hour. */
final class Durations {
  static final Duration MAX = Duration.ofHours(1);
  private static final Pattern TEXT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)");

  private Durations() {}

  /** The duration under {@code key}, {@code fallback} when absent, or null after a problem. */
  static Duration read(MappingReader m, String key, Duration fallback, Duration min) {
    Optional<ValueReader> value = m.optional(key);
    if (value.isEmpty()) {
      return fallback;
    }
    Optional<String> text = value.get().asString();
    if (text.isEmpty()) {
      return null;
    }
    Duration parsed = parse(text.get());
    if (parsed == null) {
      value.get().report("\"" + text.get() + "\" is not a duration such as 500ms, 10s or 2m");
      return null;
    }
    if (parsed.compareTo(min) < 0 || parsed.compareTo(MAX) > 0) {
      value.get().report(text.get() + " is out of range " + show(min) + ".." + show(MAX));
      return null;
    }
    return parsed;
  }

  static Duration parse(String text) {
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    double amount = Double.parseDouble(m.group(1));
    double millis =
        switch (m.group(2)) {
          case "ms" -> amount;
          case "s" -> amount * 1000;
          default -> amount * 60_000;
        };
    return Duration.ofNanos(Math.round(millis * 1_000_000));
  }

  private static String show(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }
}
