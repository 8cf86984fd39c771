package dev.stackfit.lab.file;

import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.ValueReader;
import dev.stackfit.lab.load.DurationText;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads a lab file's durations ({@link DurationText}: {@code 500ms}, {@code 10s}, {@code 2m}),
 * bounded to one hour.
 */
final class Durations {
  static final Duration MAX = Duration.ofHours(1);

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
    Optional<Duration> parsed = DurationText.parse(text.get());
    if (parsed.isEmpty()) {
      value.get().report("\"" + text.get() + "\" is not a duration such as 500ms, 10s or 2m");
      return null;
    }
    if (parsed.get().compareTo(min) < 0 || parsed.get().compareTo(MAX) > 0) {
      value.get().report(text.get() + " is out of range " + show(min) + ".." + show(MAX));
      return null;
    }
    return parsed.get();
  }

  private static String show(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }
}
