package dev.stackfit.core.evaluation;

import dev.stackfit.core.advisories.Advisory;
import dev.stackfit.core.evidence.Evidence;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.sensitivity.SensitivityResult;
import dev.stackfit.core.weights.Weights;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The full result of evaluating a profile against a catalog (docs/contracts/recommend-json.md).
 *
 * @param profile the input
 * @param today the evaluation day
 * @param catalogAsOf newest date of any catalog fact
 * @param catalogSize frameworks in the catalog
 * @param weights criterion weights and where they came from
 * @param ranking frameworks that passed the constraints, best first
 * @param excluded frameworks removed by constraints, by id
 * @param shortlist the two or three leading frameworks (fewer only when fewer passed)
 * @param advisories the guide's edge cases that apply
 * @param sensitivity how robust the winner is
 * @param evidence PoC measurements that were used, if any
 */
public record Evaluation(
    Profile profile,
    LocalDate today,
    LocalDate catalogAsOf,
    int catalogSize,
    Weights weights,
    List<RankedFramework> ranking,
    List<Exclusion> excluded,
    Shortlist shortlist,
    List<Advisory> advisories,
    SensitivityResult sensitivity,
    Optional<Evidence> evidence) {
  public Evaluation {
    ranking = List.copyOf(ranking);
    excluded = List.copyOf(excluded);
    advisories = List.copyOf(advisories);
  }

  /** The winner, when any framework passed the constraints. */
  public Optional<RankedFramework> winner() {
    return ranking.stream().findFirst();
  }
}
