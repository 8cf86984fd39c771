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
 * @param before how the feature was provided before {@code since}, with its own evidence (Rails had
 *     Devise and {@code has_secure_password} long before its authentication generator); empty when
 *     it was not provided at all before then
 */
public record FeatureSupport(
    Support level,
    String provider,
    Optional<LocalDate> since,
    Optional<Fact<FeatureSupport>> before) {
  public FeatureSupport {
    if (level == null || provider == null || since == null || before == null) {
      throw new IllegalArgumentException(
          "feature support needs a level and a provider (may be empty)");
    }
  }

  /** Support that arrived on a day, with nothing before it. */
  public FeatureSupport(Support level, String provider, Optional<LocalDate> since) {
    this(level, provider, since, Optional.empty());
  }

  /** Support that was there from the start, or whose arrival is not dated. */
  public FeatureSupport(Support level, String provider) {
    this(level, provider, Optional.empty());
  }

  /** True when the feature was available at this level on {@code day}. */
  public boolean availableOn(LocalDate day) {
    return since.map(s -> !s.isAfter(day)).orElse(true);
  }

  /**
   * The support as it stood on {@code day}: {@code fact} itself once it arrived, else the level
   * recorded before it (followed back as far as the catalog records), else empty.
   */
  public static Optional<Fact<FeatureSupport>> on(Fact<FeatureSupport> fact, LocalDate day) {
    Fact<FeatureSupport> level = fact;
    while (!level.value().availableOn(day)) {
      Optional<Fact<FeatureSupport>> earlier = level.value().before();
      if (earlier.isEmpty()) {
        return Optional.empty();
      }
      level = earlier.get();
    }
    return Optional.of(level);
  }
}
