package dev.stackfit.core.migration;

import dev.stackfit.core.BadInputException;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.EvaluationOptions;
import dev.stackfit.core.evaluation.Evaluator;
import dev.stackfit.core.evaluation.RankedFramework;
import dev.stackfit.core.profile.CurrentStack;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.switching.StatusQuo;
import dev.stackfit.core.switching.Switching;
import dev.stackfit.core.switching.SwitchingCost;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Makes the plan of {@code stackfit migrate plan}: the evaluation, the cost and the slices. */
public final class MigrationPlanner {
  private MigrationPlanner() {}

  /**
   * Plans the move of {@code profile}'s current stack to {@code targetId}.
   *
   * @param operations the current API's operations; empty when no description was given
   * @param traffic recorded requests, to order slices by traffic; empty when none
   * @throws BadInputException when the profile has no current stack, the target is unknown or is
   *     the current framework
   */
  public static MigrationPlan plan(
      Profile profile,
      Catalog catalog,
      String targetId,
      List<ApiOperation> operations,
      Optional<List<RecordedRequest>> traffic,
      EvaluationOptions options) {
    CurrentStack current =
        profile
            .current()
            .orElseThrow(
                () ->
                    new BadInputException(
                        "the profile has no current section: a migration plan needs the stack"
                            + " in production today (docs/profile.md, \"current\")"));
    Framework to =
        catalog
            .find(targetId)
            .orElseThrow(
                () ->
                    new BadInputException(
                        "--to "
                            + targetId
                            + ": unknown framework id; 'stackfit catalog list' shows the ids"));
    if (current.framework().filter(targetId::equals).isPresent()) {
      throw new BadInputException(
          "--to " + targetId + " is the current framework: there is nothing to migrate");
    }
    Framework from =
        current.framework().isPresent()
            ? catalog.find(current.framework().get()).orElseThrow()
            : StatusQuo.outsideCatalog(current, options.today());
    SwitchingCost cost =
        Switching.cost(
            profile, current, Switching.language(current, from), from.requestModel().value(), to);
    Evaluation evaluation = Evaluator.evaluate(profile, catalog, options);
    Optional<RankedFramework> stay =
        evaluation.ranking().stream().filter(RankedFramework::statusQuo).findFirst();
    Optional<RankedFramework> target =
        evaluation.ranking().stream().filter(r -> r.offers(targetId)).findFirst();
    List<Slice> slices = SlicePlanner.plan(operations, traffic, cost);
    return new MigrationPlan(
        profile.name(),
        options.today(),
        from,
        to,
        cost,
        stay,
        target,
        slices,
        notes(evaluation, to, stay, target, operations));
  }

  private static List<String> notes(
      Evaluation evaluation,
      Framework to,
      Optional<RankedFramework> stay,
      Optional<RankedFramework> target,
      List<ApiOperation> operations) {
    List<String> notes = new ArrayList<>();
    if (target.isEmpty()) {
      evaluation.excluded().stream()
          .filter(e -> e.framework().id().equals(to.id()))
          .findFirst()
          .ifPresent(
              e ->
                  notes.add(
                      to.name()
                          + " is excluded by the profile: "
                          + String.join("; ", e.reasons())));
    }
    if (stay.isPresent() && target.isPresent() && stay.get().rank() < target.get().rank()) {
      notes.add(
          "The evaluation ranks staying above "
              + to.name()
              + " (places "
              + stay.get().rank()
              + " and "
              + target.get().rank()
              + "): the pains do not justify this move. Follow the plan only for a reason the"
              + " profile does not carry.");
    }
    if (operations.isEmpty()) {
      notes.add(
          "No API description was given, so there are no slices: pass --openapi with the current"
              + " service's OpenAPI file to cut the API into slices.");
    }
    return notes;
  }
}
