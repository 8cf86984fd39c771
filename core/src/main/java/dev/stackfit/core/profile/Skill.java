package dev.stackfit.core.profile;

import dev.stackfit.core.catalog.Language;
import java.util.Optional;

/**
 * What the team knows: either a language or a framework (by catalog id), at a level.
 *
 * @param language the language, when this skill is about a language
 * @param framework the framework id, when this skill is about a framework
 * @param level how well the team knows it
 */
public record Skill(Optional<Language> language, Optional<String> framework, Level level) {
  public Skill {
    if (language.isPresent() == framework.isPresent()) {
      throw new IllegalArgumentException("a skill names either a language or a framework");
    }
    if (level == null) {
      throw new IllegalArgumentException("a skill needs a level");
    }
  }

  public static Skill language(Language language, Level level) {
    return new Skill(Optional.of(language), Optional.empty(), level);
  }

  public static Skill framework(String frameworkId, Level level) {
    return new Skill(Optional.empty(), Optional.of(frameworkId), level);
  }
}
