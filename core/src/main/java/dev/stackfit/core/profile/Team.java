package dev.stackfit.core.profile;

import java.util.List;

/**
 * The team that will build and keep the system.
 *
 * @param size number of developers, 1 or more
 * @param distributed whether the team is spread across time zones
 * @param turnover how often people join and leave
 * @param asyncExperience experience with asynchronous code
 * @param skills languages and frameworks the team knows
 */
public record Team(
    int size,
    boolean distributed,
    Turnover turnover,
    AsyncExperience asyncExperience,
    List<Skill> skills) {
  public static final Team DEFAULT =
      new Team(5, false, Turnover.LOW, AsyncExperience.SOME, List.of());

  public Team {
    if (size < 1) {
      throw new IllegalArgumentException("team size must be at least 1, was " + size);
    }
    skills = List.copyOf(skills);
  }
}
