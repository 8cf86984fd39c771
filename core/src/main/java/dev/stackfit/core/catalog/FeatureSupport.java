package dev.stackfit.core.catalog;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How a framework provides one feature.
 *
 * @param level built-in, first-party, ecosystem or none
 * @param provider what provides it ("Django ORM", "Channels (separate project)"); may be empty
 * @param since the day the feature arrived at this level (the release that brought it), when a
 *     source dates it; evaluations as of an earlier day do not count it
 */
public record FeatureSupport(Support level, String provider, Optional<LocalDate> since) {
  public FeatureSupport {
    if (level == null || provider == null || since == null) {
      throw new IllegalArgumentException(
          "feature support needs a level and a provider (may be empty)");
    }
  }

  /** Support that was there from the start, or whose arrival is not dated. */
  public FeatureSupport(Support level, String provider) {
    this(level, provider, Optional.empty());
  }

  /** True when the feature was available on {@code day}. */
  public boolean availableOn(LocalDate day) {
    return since.map(s -> !s.isAfter(day)).orElse(true);
  }
}
