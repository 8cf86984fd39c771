package dev.stackfit.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An add-on (Django REST framework) is part of its base's option (Django), never its rival: when
 * both are candidates, one entry remains, under the base, scored as whichever of the base alone or
 * the base with the add-on fits better.
 */
final class AddOns {
  private AddOns() {}

  static List<Evaluator.Scored> merge(List<Evaluator.Scored> scored, List<Exclusion> excluded) {
    List<Evaluator.Scored> merged = new ArrayList<>(scored);
    for (Evaluator.Scored addOn : scored) {
      Optional<String> baseId = addOn.framework().extendsFramework();
      Optional<Evaluator.Scored> base =
          baseId.flatMap(
              id -> merged.stream().filter(s -> s.framework().id().equals(id)).findFirst());
      if (base.isEmpty()) {
        continue;
      }
      Evaluator.Scored b = base.get();
      // By framework id, as above, rather than remove(Object) and indexOf(Object): those call the
      // record's generated equals, whose first call costs a short command tens of milliseconds
      // (Fact.equals says why).
      merged.removeIf(s -> s.framework().id().equals(addOn.framework().id()));
      if (addOn.total() > b.total()) {
        merged.set(
            indexOf(merged, b.framework().id()),
            new Evaluator.Scored(
                b.framework(),
                addOn.scores(),
                addOn.total(),
                b.statusQuo(),
                addOn.switching(),
                Optional.of(addOn.framework())));
      } else {
        excluded.add(
            new Exclusion(
                addOn.framework(),
                List.of(
                    "an add-on to "
                        + b.framework().name()
                        + ", ranked as part of its option: "
                        + b.framework().name()
                        + " alone fits this profile as well or better")));
      }
    }
    return merged;
  }

  private static int indexOf(List<Evaluator.Scored> scored, String id) {
    for (int i = 0; i < scored.size(); i++) {
      if (scored.get(i).framework().id().equals(id)) {
        return i;
      }
    }
    throw new IllegalStateException("no " + id + " among the scored frameworks");
  }
}
