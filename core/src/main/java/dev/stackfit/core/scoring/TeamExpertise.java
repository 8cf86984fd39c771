package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.LearningCurve;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.AsyncExperience;
import dev.stackfit.core.profile.Level;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.profile.Skill;
import dev.stackfit.core.profile.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Team expertise and learning curve (guide, criterion 1): what the team already knows, how close it
 * is, whether the request model asks for async skills it lacks, and the learning cost weighed
 * against the project's lifespan.
 */
final class TeamExpertise implements CriterionScorer {
  @Override
  public Criterion criterion() {
    return Criterion.TEAM_EXPERTISE;
  }

  @Override
  public CriterionScore score(Framework framework, Profile profile, ScoringContext context) {
    Match language = languageSkill(framework, profile);
    Match familiarity = frameworkFamiliarity(framework, profile);
    List<SubFactorScore> parts = new ArrayList<>();
    parts.add(SubFactorScore.of("language-skill", language.value(), 0.35, language.reason()));
    parts.add(
        SubFactorScore.of(
            "framework-familiarity", familiarity.value(), 0.25, familiarity.reason()));
    parts.add(asyncReadiness(framework, profile));
    parts.add(learningAgainstLifespan(framework, profile, language.value(), familiarity.value()));
    oneLanguage(framework, profile.team()).ifPresent(parts::add);
    return CriterionScore.of(criterion(), parts);
  }

  /**
   * When the same developers write browser and server code, a server framework in the browser's
   * language lets them share code, types and people; another language splits them in two.
   */
  static Optional<SubFactorScore> oneLanguage(Framework framework, Team team) {
    if (!team.fullStack() || team.frontendLanguage().isEmpty()) {
      return Optional.empty();
    }
    Language browser = team.frontendLanguage().get();
    double closeness =
        framework.languages().value().stream()
            .mapToDouble(l -> Closeness.languages(browser, l))
            .max()
            .orElse(0);
    String reason =
        closeness > 0
            ? "one language across browser and server ("
                + Text.language(browser)
                + "): the full-stack team shares code, types and people"
            : "the full-stack team writes its browser code in "
                + Text.language(browser)
                + ": "
                + Text.language(framework.language())
                + " on the server splits its work across two languages";
    return Optional.of(SubFactorScore.of("one-language", closeness, 0.25, reason));
  }

  record Match(double value, String reason) {}

  static Match languageSkill(Framework framework, Profile profile) {
    Match best = null;
    for (Language target : framework.languages().value()) {
      for (Skill skill : skills(profile.team())) {
        if (skill.language().isEmpty()) {
          continue;
        }
        Language known = skill.language().get();
        double value = Levels.value(skill.level()) * Closeness.languages(known, target);
        if (best == null || value > best.value()) {
          best = new Match(value, languageReason(framework, skill, known, target));
        }
      }
    }
    if (best == null || best.value() == 0) {
      return new Match(
          0,
          "team lists no skill in "
              + names(framework.languages().value())
              + " or a close language; "
              + framework.name()
              + " is "
              + Text.language(framework.language()));
    }
    return best;
  }

  /**
   * The team's skills, with its front-end language at working level when the profile names one and
   * the skills do not list it higher: a team that writes its browser code in it knows it.
   */
  static List<Skill> skills(Team team) {
    if (team.frontendLanguage().isEmpty()) {
      return team.skills();
    }
    Language browser = team.frontendLanguage().get();
    boolean listed =
        team.skills().stream()
            .anyMatch(
                s ->
                    s.language().filter(browser::equals).isPresent()
                        && Levels.value(s.level()) >= Levels.value(Level.WORKING));
    if (listed) {
      return team.skills();
    }
    List<Skill> all = new ArrayList<>(team.skills());
    all.add(Skill.language(browser, Level.WORKING));
    return all;
  }

  private static String languageReason(
      Framework framework, Skill skill, Language known, Language target) {
    String team = "team: " + Text.language(known) + " " + skill.level().id();
    if (known == target) {
      return team + "; " + framework.name() + " is " + Text.language(target);
    }
    return team
        + "; "
        + framework.name()
        + " is "
        + Text.language(target)
        + " (close to "
        + Text.language(known)
        + ": "
        + Text.whole(100 * Closeness.languages(known, target))
        + "% carries over)";
  }

  static Match frameworkFamiliarity(Framework framework, Profile profile) {
    Match best = new Match(0, "team has not used " + framework.name() + " or a similar framework");
    if (profile.current().flatMap(c -> c.framework()).filter(framework.id()::equals).isPresent()) {
      best = new Match(Levels.value(Level.WORKING), "the team runs " + framework.name() + " today");
    }
    for (Skill skill : profile.team().skills()) {
      if (skill.framework().isEmpty()) {
        continue;
      }
      String known = skill.framework().get();
      double closeness = Closeness.frameworks(known, framework.id());
      double value = Levels.value(skill.level()) * closeness;
      if (value > best.value()) {
        String reason =
            known.equals(framework.id())
                ? "team: " + framework.name() + " " + skill.level().id()
                : "team: "
                    + known
                    + " "
                    + skill.level().id()
                    + "; shares concepts with "
                    + framework.name()
                    + " ("
                    + Text.whole(100 * closeness)
                    + "% carries over)";
        best = new Match(value, reason);
      }
    }
    return best;
  }

  /**
   * How ready the team is for the code style the project will need. A synchronous framework whose
   * default model cannot carry the profile's waiting requests (scale-fit's {@code
   * waiting-requests}) is used through its asynchronous option for them, so the team writes async
   * code there too: the same readiness applies as for an async-first framework, not a free pass.
   */
  private static SubFactorScore asyncReadiness(Framework framework, Profile profile) {
    RequestModel model = framework.requestModel().value();
    AsyncExperience experience = profile.team().asyncExperience();
    double value =
        switch (experience) {
          case NONE -> 0.2;
          case SOME -> 0.7;
          case STRONG -> 1.0;
        };
    if (!model.asyncCodeStyle()) {
      Optional<RequestModel> asyncOption =
          profile.project().asyncIo().isEmpty()
              ? Optional.empty()
              : ScaleFit.waitingOption(framework).filter(RequestModel::asyncCodeStyle);
      if (asyncOption.isPresent()) {
        return SubFactorScore.of(
            "async-readiness",
            value,
            0.15,
            framework.name()
                + " carries the requests that wait through its "
                + asyncOption.get().description()
                + " option, written as async code; team async experience: "
                + experience.id());
      }
      return SubFactorScore.of(
          "async-readiness",
          1,
          0.15,
          framework.name() + " handlers are written synchronously (" + model.description() + ")");
    }
    return SubFactorScore.of(
        "async-readiness",
        value,
        0.15,
        framework.name()
            + " uses an "
            + model.description()
            + "; team async experience: "
            + experience.id());
  }

  /**
   * Months until productive, from the framework's learning curve and how much the team already
   * knows, compared with the project's life: the same ramp-up is cheap in a five-year platform and
   * ruinous in a three-month prototype.
   */
  static SubFactorScore learningAgainstLifespan(
      Framework framework, Profile profile, double languageSkill, double familiarity) {
    LearningCurve curve = framework.learningCurve().value();
    double curveMonths =
        switch (curve) {
          case LOW -> 0.5;
          case MODERATE -> 1.5;
          case STEEP -> 3;
        };
    double readiness = Math.max(familiarity, 0.6 * languageSkill + 0.4 * familiarity);
    double months = curveMonths * (1 - readiness) + 2 * (1 - languageSkill);
    double lifeMonths = profile.project().lifespanYears() * 12;
    double share = months / lifeMonths;
    return SubFactorScore.of(
        "learning-vs-lifespan",
        1 - Math.min(1, share * 4),
        0.25,
        "about "
            + String.format(Locale.ROOT, "%.1f", months)
            + " months to productivity ("
            + curve.id()
            + " learning curve"
            + (languageSkill < 0.5 ? ", new language" : "")
            + ") against a "
            + Text.whole(lifeMonths)
            + "-month life: "
            + Text.whole(100 * share)
            + "%");
  }

  private static String names(List<Language> languages) {
    return String.join(" or ", languages.stream().map(Text::language).toList());
  }
}
