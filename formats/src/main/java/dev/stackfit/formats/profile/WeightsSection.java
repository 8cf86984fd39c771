package dev.stackfit.formats.profile;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.PairwiseJudgment;
import dev.stackfit.core.profile.RatioText;
import dev.stackfit.core.profile.WeightSpec;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.ScalarKind;
import dev.stackfit.formats.document.ScalarNode;
import dev.stackfit.formats.document.ValueReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads {@code weights}: relative {@code direct} weights or AHP {@code pairwise} judgments. */
final class WeightsSection {
  static final double MAX_DIRECT_WEIGHT = 1000;
  private static final double SAATY_MIN = 1.0 / 9;
  private static final double SAATY_MAX = 9;
  // Ratios are written as decimals or fractions; a reciprocal pair must agree to this tolerance.
  private static final double TOLERANCE = 1e-6;

  private WeightsSection() {}

  static WeightSpec read(MappingReader weights) {
    Optional<ValueReader> direct = weights.optional("direct");
    Optional<ValueReader> pairwise = weights.optional("pairwise");
    weights.rejectUnknownKeys();
    if (direct.isPresent() && pairwise.isPresent()) {
      weights
          .problems()
          .add(weights.node(), weights.path(), "give either direct or pairwise weights, not both");
      return new WeightSpec.Derived();
    }
    if (direct.isPresent()) {
      return direct.flatMap(ValueReader::asMapping).map(WeightsSection::direct).orElse(derived());
    }
    return pairwise.flatMap(WeightsSection::pairwise).orElse(derived());
  }

  private static WeightSpec derived() {
    return new WeightSpec.Derived();
  }

  private static WeightSpec direct(MappingReader direct) {
    Map<Criterion, Double> relative = new EnumMap<>(Criterion.class);
    direct
        .byIdKeys(Criterion.class)
        .forEach(
            (criterion, value) ->
                value.asNumber(0, MAX_DIRECT_WEIGHT).ifPresent(w -> relative.put(criterion, w)));
    if (relative.values().stream().noneMatch(w -> w > 0)) {
      int before = direct.problems().list().size();
      if (before == 0 || !relative.isEmpty()) {
        direct
            .problems()
            .add(
                direct.node(),
                direct.path(),
                "at least one criterion needs a weight above zero (they are relative)");
      }
      return new WeightSpec.Derived();
    }
    return new WeightSpec.Direct(relative);
  }

  private static Optional<WeightSpec> pairwise(ValueReader list) {
    Optional<List<ValueReader>> items = list.asItems();
    if (items.isEmpty()) {
      return Optional.empty();
    }
    if (items.get().isEmpty()) {
      list.report("needs at least one judgment [left, right, ratio]");
      return Optional.empty();
    }
    List<PairwiseJudgment> judgments = new ArrayList<>();
    Map<Set<Criterion>, Seen> seen = new HashMap<>();
    for (ValueReader item : items.get()) {
      judgment(item).filter(j -> isNew(j, item, seen)).ifPresent(judgments::add);
    }
    return judgments.size() == items.get().size()
        ? Optional.of(new WeightSpec.Pairwise(judgments))
        : Optional.empty();
  }

  private record Seen(PairwiseJudgment judgment, String path) {}

  private static boolean isNew(
      PairwiseJudgment j, ValueReader item, Map<Set<Criterion>, Seen> seen) {
    Seen first = seen.putIfAbsent(Set.of(j.left(), j.right()), new Seen(j, item.path()));
    if (first == null) {
      return true;
    }
    double earlier = first.judgment().ratio();
    double same = first.judgment().left() == j.left() ? earlier : 1 / earlier;
    String pair = j.left().id() + " and " + j.right().id();
    if (Math.abs(same - j.ratio()) <= TOLERANCE * same) {
      item.report("compares " + pair + " again; first compared at " + first.path());
    } else {
      item.report(
          "contradicts "
              + first.path()
              + ": "
              + pair
              + " were judged "
              + RatioText.format(same)
              + " there and "
              + RatioText.format(j.ratio())
              + " here");
    }
    return false;
  }

  private static Optional<PairwiseJudgment> judgment(ValueReader item) {
    Optional<List<ValueReader>> parts = item.asItems();
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    if (parts.get().size() != 3) {
      item.report("expected [left, right, ratio], got a list of " + parts.get().size());
      return Optional.empty();
    }
    Optional<Criterion> left = parts.get().get(0).asId(Criterion.class);
    Optional<Criterion> right = parts.get().get(1).asId(Criterion.class);
    Optional<Double> ratio = ratio(parts.get().get(2));
    if (left.isEmpty() || right.isEmpty() || ratio.isEmpty()) {
      return Optional.empty();
    }
    if (left.get() == right.get()) {
      item.report("compares " + left.get().id() + " with itself");
      return Optional.empty();
    }
    return Optional.of(new PairwiseJudgment(left.get(), right.get(), ratio.get()));
  }

  /** A ratio on Saaty's scale, as a number (3, 0.5) or a fraction string ("1/3"). */
  private static Optional<Double> ratio(ValueReader value) {
    Optional<Double> ratio = ratioValue(value);
    if (ratio.isPresent()
        && (ratio.get() < SAATY_MIN * (1 - TOLERANCE)
            || ratio.get() > SAATY_MAX * (1 + TOLERANCE))) {
      value.report(RatioText.format(ratio.get()) + " is out of range 1/9..9");
      return Optional.empty();
    }
    return ratio;
  }

  private static Optional<Double> ratioValue(ValueReader value) {
    if (!(value.node() instanceof ScalarNode s && s.kind() == ScalarKind.STRING)) {
      return value.asNumber(-Double.MAX_VALUE, Double.MAX_VALUE);
    }
    OptionalDouble ratio = RatioText.parse(s.text());
    if (ratio.isEmpty()) {
      value.report("expected a ratio such as 3 or \"1/3\", got \"" + s.text().strip() + '"');
      return Optional.empty();
    }
    return Optional.of(ratio.getAsDouble());
  }
}
