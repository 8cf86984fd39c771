package dev.stackfit.core.catalog;

/**
 * How a framework provides one feature. When the level arrived on a known day, the fact holding it
 * says so ({@link Fact#since()}) and keeps the level before it ({@link Fact#before()}), like any
 * other fact: Rails's authentication generator arrived in 8.0, Devise served before.
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
