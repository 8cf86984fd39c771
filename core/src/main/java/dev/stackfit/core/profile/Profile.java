package dev.stackfit.core.profile;

import dev.stackfit.core.backtest.DecisionCase;
import java.util.Optional;

/**
 * A team and project, as written in a profile file (docs/contracts/profile.md).
 *
 * @param name what the profile is about
 * @param team the team
 * @param project the system to build
 * @param operations how it will be run
 * @param constraints hard filters
 * @param weights how criterion weights are chosen
 * @param current the stack in production today, when the team has one
 * @param decisionCase the documented real decision this profile describes, for backtests
 */
public record Profile(
    String name,
    Team team,
    Project project,
    Operations operations,
    Constraints constraints,
    WeightSpec weights,
    Optional<CurrentStack> current,
    Optional<DecisionCase> decisionCase) {
  /** A profile of a new system, not a documented case. */
  public Profile(
      String name,
      Team team,
      Project project,
      Operations operations,
      Constraints constraints,
      WeightSpec weights) {
    this(name, team, project, operations, constraints, weights, Optional.empty(), Optional.empty());
  }

  public Profile {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a profile needs a name");
    }
    if (team == null
        || project == null
        || operations == null
        || constraints == null
        || weights == null
        || current == null
        || decisionCase == null) {
      throw new IllegalArgumentException("profile sections must not be null; use the defaults");
    }
  }
}
