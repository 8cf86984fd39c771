package dev.stackfit.core.migration;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.evaluation.RankedFramework;
import dev.stackfit.core.switching.SwitchingCost;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A strangler-fig plan from the current stack to a target framework (docs/migration.md).
 *
 * @param profile the profile's name
 * @param today the day the plan was made, which the evaluation used
 * @param from staying: the current framework's catalog entry, or the entry built for a stack
 *     outside the catalog
 * @param to the target framework
 * @param cost what the whole move costs, with its assumptions
 * @param stay staying's place in the evaluation of the profile; empty when a constraint excluded it
 * @param target the target's place in the same evaluation; empty when a constraint excluded it
 * @param slices the slices in the order they move; empty without an API description
 * @param notes what the reader should know before following the plan
 */
public record MigrationPlan(
    String profile,
    LocalDate today,
    Framework from,
    Framework to,
    SwitchingCost cost,
    Optional<RankedFramework> stay,
    Optional<RankedFramework> target,
    List<Slice> slices,
    List<String> notes) {
  public MigrationPlan {
    slices = List.copyOf(slices);
    notes = List.copyOf(notes);
  }

  /** True when the evaluation ranks staying above the target. */
  public boolean stayRanksHigher() {
    return stay.isPresent() && (target.isEmpty() || stay.get().rank() < target.get().rank());
  }
}
