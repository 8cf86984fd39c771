package dev.stackfit.core.profile;

/**
 * A team and project, as written in a profile file (docs/contracts/profile.md).
 *
 * @param name what the profile is about
 * @param team the team
 * @param project the system to build
 * @param operations how it will be run
 * @param constraints hard filters
 * @param weights how criterion weights are chosen
 */
public record Profile(
    String name,
    Team team,
    Project project,
    Operations operations,
    Constraints constraints,
    WeightSpec weights) {
  public Profile {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a profile needs a name");
    }
    if (team == null
        || project == null
        || operations == null
        || constraints == null
        || weights == null) {
      throw new IllegalArgumentException("profile sections must not be null; use the defaults");
    }
  }
}
