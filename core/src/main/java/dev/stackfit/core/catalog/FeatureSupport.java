package dev.stackfit.core.catalog;

/**
 * How a framework provides one feature.
 *
 * @param level built-in, first-party, ecosystem or none
 * @param provider what provides it ("Django ORM", "Channels (separate project)"); may be empty
 */
public record FeatureSupport(Support level, String provider) {
  public FeatureSupport {
    if (level == null || provider == null) {
      throw new IllegalArgumentException(
          "feature support needs a level and a provider (may be empty)");
    }
  }
}
