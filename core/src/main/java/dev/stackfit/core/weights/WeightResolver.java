package dev.stackfit.core.weights;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.profile.WeightSpec;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Turns a profile's weight specification into normalised weights. */
public final class WeightResolver {
  private WeightResolver() {}

  public static Weights resolve(Profile profile) {
    return switch (profile.weights()) {
      case WeightSpec.Derived derived -> DerivedWeights.derive(profile);
      case WeightSpec.Direct direct -> direct(direct);
      case WeightSpec.Pairwise pairwise -> Ahp.weights(pairwise.judgments());
    };
  }

  private static Weights direct(WeightSpec.Direct direct) {
    Map<Criterion, Double> raw = new EnumMap<>(Criterion.class);
    Map<Criterion, List<String>> reasons = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      Double given = direct.relative().get(criterion);
      raw.put(criterion, given == null ? 1.0 : given);
      reasons.put(
          criterion,
          List.of(
              given == null
                  ? "not given: 1"
                  : String.format(Locale.ROOT, "given: %s", trim(given))));
    }
    return new Weights(
        Weights.normalise(raw), WeightSource.DIRECT, reasons, OptionalDouble.empty(), List.of());
  }

  private static String trim(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
