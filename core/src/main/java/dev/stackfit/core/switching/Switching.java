package dev.stackfit.core.switching;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.profile.CurrentStack;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.scoring.Scoring;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The cost of leaving the current stack for another framework: the rewrite, from the code's size
 * and the distance between the two; the period of running both, while half the team migrates; all
 * as a share of the project's remaining life (docs/engine.md, "Stay or move"). Retraining is not
 * counted here: team-expertise already charges the learning curve.
 */
public final class Switching {
  /** Thousands of lines a developer rewrites in a month when the behaviour is known. */
  public static final double KLOC_PER_PERSON_MONTH = 1;

  /** Lines per endpoint assumed when only the number of endpoints is given, in thousands. */
  static final double KLOC_PER_ENDPOINT = 0.4;

  /** Code size assumed per developer when the profile gives none, in thousands of lines. */
  static final double KLOC_PER_DEVELOPER = 6;

  /** The share of the team that migrates while the rest keeps the current system going. */
  static final double MIGRATING_SHARE = 0.5;

  /** The deduction per share of the lifespan spent moving. */
  static final double PENALTY_PER_SHARE = 0.5;

  /** The largest deduction: a move that takes the whole life. */
  public static final double MAX_PENALTY = 0.3;

  private Switching() {}

  /** The language of the current stack: the catalog's for a catalogued framework. */
  public static Language language(CurrentStack current, Framework currentFramework) {
    return current.language().orElseGet(() -> currentFramework.language());
  }

  /**
   * The cost of moving from {@code current} (in {@code language}, with its request model) to {@code
   * target}.
   */
  public static SwitchingCost cost(
      Profile profile,
      CurrentStack current,
      Language language,
      RequestModel model,
      Framework target) {
    List<String> reasons = new ArrayList<>();
    double distance = distance(language, model, current.framework(), target, reasons);
    double kloc = size(profile, current, reasons);
    double rewrite = kloc * distance;
    double people = Math.max(1, profile.team().size() * MIGRATING_SHARE);
    double months = rewrite / KLOC_PER_PERSON_MONTH / people;
    double lifeMonths = profile.project().lifespanYears() * 12;
    double share = months / lifeMonths;
    double penalty = Math.min(MAX_PENALTY, PENALTY_PER_SHARE * share);
    reasons.add(
        String.format(
            Locale.ROOT,
            "moving rewrites about %s thousand lines: about %.1f months with %s of the team on it"
                + " (assumed: %.0f thousand lines a person-month), running both stacks meanwhile;"
                + " %.0f%% of the %.0f-month life",
            number(rewrite),
            months,
            people == 1 ? "one person" : String.format(Locale.ROOT, "%.0f people", people),
            KLOC_PER_PERSON_MONTH,
            100 * share,
            lifeMonths));
    return new SwitchingCost(penalty, distance, rewrite, months, reasons);
  }

  /**
   * How much of the code a move rewrites. In the same language a port keeps models, logic and
   * tests: half the code is rewritten, less between frameworks that share concepts (Flask and
   * FastAPI), and a fifth more when the target cannot run the current code style (synchronous code
   * into an async-only framework). Another language on the same runtime keeps libraries; another
   * runtime keeps nothing.
   */
  static double distance(
      Language language,
      RequestModel model,
      Optional<String> currentId,
      Framework target,
      List<String> reasons) {
    boolean sameLanguage =
        language == target.language()
            || target.languages().value().contains(language)
            || (scriptFamily(language) && scriptFamily(target.language()));
    if (sameLanguage) {
      double kinship = currentId.map(id -> Scoring.kinship(id, target.id())).orElse(0.0);
      boolean sameStyle =
          target.requestModel().value().asyncCodeStyle() == model.asyncCodeStyle()
              || target.alsoSupports().stream()
                  .anyMatch(m -> m.asyncCodeStyle() == model.asyncCodeStyle());
      double distance = 0.5 - 0.25 * kinship + (sameStyle ? 0 : 0.2);
      reasons.add(
          String.format(
              Locale.ROOT,
              "same language: a port keeps models, logic and tests (about %.0f%% of the code"
                  + " rewritten%s%s)",
              100 * distance,
              kinship > 0 ? ", less because the two share concepts" : "",
              sameStyle
                  ? ""
                  : model.asyncCodeStyle()
                      ? ", more because its handlers are synchronous"
                      : ", more because its handlers must become asynchronous"));
      return distance;
    }
    if (runtimeOf(language) == target.runtime().value()) {
      reasons.add(
          "another language on the same runtime: libraries carry over, code is rewritten (about"
              + " 70%)");
      return 0.7;
    }
    reasons.add("another language and runtime: a full rewrite (100% of the code)");
    return 1;
  }

  private static boolean scriptFamily(Language language) {
    return language == Language.JAVASCRIPT || language == Language.TYPESCRIPT;
  }

  static double size(Profile profile, CurrentStack current, List<String> reasons) {
    if (current.kloc().isPresent()) {
      reasons.add("size: " + number(current.kloc().getAsDouble()) + " thousand lines (profile)");
      return current.kloc().getAsDouble();
    }
    if (current.endpoints().isPresent()) {
      double kloc = current.endpoints().getAsInt() * KLOC_PER_ENDPOINT;
      reasons.add(
          String.format(
              Locale.ROOT,
              "size: %d endpoints, assumed %.1f thousand lines each: %s thousand lines",
              current.endpoints().getAsInt(),
              KLOC_PER_ENDPOINT,
              number(kloc)));
      return kloc;
    }
    double kloc = profile.team().size() * KLOC_PER_DEVELOPER;
    reasons.add(
        String.format(
            Locale.ROOT,
            "size not given: assumed %.0f thousand lines per developer, %s thousand lines",
            KLOC_PER_DEVELOPER,
            number(kloc)));
    return kloc;
  }

  /** The runtime a language usually runs on, for stacks outside the catalog. */
  public static Runtime runtimeOf(Language language) {
    return switch (language) {
      case JAVASCRIPT, TYPESCRIPT -> Runtime.NODE;
      case PYTHON -> Runtime.CPYTHON;
      case RUBY -> Runtime.RUBY;
      case PHP -> Runtime.PHP;
      case JAVA, KOTLIN, SCALA, GROOVY -> Runtime.JVM;
      case CSHARP, FSHARP -> Runtime.DOTNET;
      case GO, RUST -> Runtime.NATIVE;
      case ELIXIR -> Runtime.BEAM;
    };
  }

  /**
   * The request model a stack in {@code language} most likely has, for stacks outside the catalog.
   */
  public static RequestModel modelOf(Language language) {
    return switch (language) {
      case JAVASCRIPT, TYPESCRIPT -> RequestModel.EVENT_LOOP;
      case GO -> RequestModel.GOROUTINES;
      case ELIXIR -> RequestModel.ACTORS;
      case CSHARP, FSHARP, RUST -> RequestModel.ASYNC_AWAIT;
      default -> RequestModel.THREAD_PER_REQUEST;
    };
  }

  private static String number(double value) {
    return value < 10
        ? String.format(Locale.ROOT, "%.1f", value)
        : String.format(Locale.ROOT, "%,.0f", value);
  }
}
