package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.profile.DataKind;

/** Data complexity against the framework's ORM and transaction support (guide, criterion 2). */
final class DataFit {
  private DataFit() {}

  static SubFactorScore score(Framework framework, DataKind data) {
    return switch (data) {
      case RELATIONAL_COMPLEX -> {
        double orm = value(framework.support(Feature.ORM));
        double tx = value(framework.support(Feature.TRANSACTIONS));
        yield SubFactorScore.of(
            "data-fit",
            0.6 * orm + 0.4 * tx,
            0.2,
            "complex relational data: ORM "
                + describe(framework, Feature.ORM)
                + ", transactions "
                + describe(framework, Feature.TRANSACTIONS));
      }
      case RELATIONAL_SIMPLE ->
          SubFactorScore.of(
              "data-fit",
              0.8 + 0.2 * value(framework.support(Feature.ORM)),
              0.2,
              "simple relational data: ORM " + describe(framework, Feature.ORM));
      case DOCUMENT, KEY_VALUE ->
          SubFactorScore.of("data-fit", 0.9, 0.2, data.id() + " data: a heavy ORM is not needed");
      case NONE -> SubFactorScore.of("data-fit", 1, 0.2, "no persistent data");
    };
  }

  static double value(Support support) {
    return switch (support) {
      case BUILT_IN -> 1.0;
      case FIRST_PARTY -> 0.9;
      case ECOSYSTEM -> 0.6;
      case NONE -> 0.1;
    };
  }

  static String describe(Framework framework, Feature feature) {
    var fact = framework.features().get(feature);
    if (fact == null) {
      return "none";
    }
    String provider = fact.value().provider();
    return fact.value().level().id() + (provider.isEmpty() ? "" : " (" + provider + ")");
  }
}
