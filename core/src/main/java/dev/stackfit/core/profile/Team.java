package dev.stackfit.core.profile;

import dev.stackfit.core.catalog.Language;
import java.util.List;
import java.util.Optional;

/**
 * The team that will build and keep the system.
 *
 * @param size number of developers, 1 or more
 * @param distributed whether the team is spread across time zones
 * @param turnover how often people join and leave
 * @param asyncExperience experience with asynchronous code
 * @param skills languages and frameworks the team knows
 * @param frontendLanguage the language the team writes its browser code in, when it has one
 * @param fullStack true when the same developers write browser and server code
 */
public record Team(
    int size,
    boolean distributed,
    Turnover turnover,
    AsyncExperience asyncExperience,
    List<Skill> skills,
    Optional<Language> frontendLanguage,
    boolean fullStack) {
  public static final Team DEFAULT =
      new Team(5, false, Turnover.LOW, AsyncExperience.SOME, List.of());

  public Team {
    if (size < 1) {
      throw new IllegalArgumentException("team size must be at least 1, was " + size);
    }
    skills = List.copyOf(skills);
    if (frontendLanguage == null) {
      throw new IllegalArgumentException("frontendLanguage must not be null; use empty");
    }
  }

  /** A team without a front-end language of its own. */
  public Team(
      int size,
      boolean distributed,
      Turnover turnover,
      AsyncExperience asyncExperience,
      List<Skill> skills) {
    this(size, distributed, turnover, asyncExperience, skills, Optional.empty(), false);
  }
}
