package dev.stackfit.core.advisories;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.Architecture;
import dev.stackfit.core.profile.AsyncExperience;
import dev.stackfit.core.profile.DataKind;
import dev.stackfit.core.profile.Interop;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.profile.Team;
import dev.stackfit.core.profile.Traffic;
import dev.stackfit.core.profile.Workload;
import dev.stackfit.core.scoring.CriterionScore;
import dev.stackfit.core.scoring.Scoring;
import dev.stackfit.core.scoring.SubFactorScore;
import dev.stackfit.core.weights.Weights;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which of the guide's edge cases apply. Each rule fires exactly when its documented
 * condition holds (docs/engine.md lists them) and cites the profile facts that triggered it.
 */
public final class Advisories {
  /** Peak rate at and above which the 3-year traffic counts as extreme. */
  public static final int EXTREME_RPS = 100_000;

  /** p99 latency target at and below which latency counts as extreme, in milliseconds. */
  public static final int EXTREME_P99_MS = 10;

  /** A framework younger than this, in years, counts as young. */
  public static final int YOUNG_YEARS = 3;

  private Advisories() {}

  /**
   * Everything the rules need to know about the ranking.
   *
   * @param shortlist the leading candidates
   * @param ranked every framework that passed the constraints, best first, with its criterion
   *     scores
   * @param today the evaluation day
   */
  public record Situation(
      List<Framework> shortlist, List<Ranked> ranked, LocalDate today, Weights weights) {}

  /**
   * A ranked option with its criterion scores and their parts.
   *
   * @param framework the framework (or the status quo's entry)
   * @param criteria every criterion's score with its sub-factors
   * @param statusQuo true for staying on the current stack
   */
  public record Ranked(
      Framework framework, Map<Criterion, CriterionScore> criteria, boolean statusQuo) {
    /** The score of {@code criterion}. */
    public double score(Criterion criterion) {
      return criteria.get(criterion).score();
    }

    /** The score of the sub-factor {@code id} of {@code criterion}; empty when it has none. */
    public Optional<Double> part(Criterion criterion, String id) {
      return criteria.get(criterion).subFactors().stream()
          .filter(s -> s.id().equals(id))
          .map(SubFactorScore::score)
          .findFirst();
    }
  }

  public static List<Advisory> evaluate(Profile profile, Situation situation) {
    List<Advisory> advisories = new ArrayList<>();
    extremePerformance(profile, situation).ifPresent(advisories::add);
    asyncLearningCurve(profile, situation).ifPresent(advisories::add);
    conventionsForTeam(profile.team()).ifPresent(advisories::add);
    microserviceInterop(profile).ifPresent(advisories::add);
    shortLived(profile).ifPresent(advisories::add);
    RetrainingRule.evaluate(profile, situation).ifPresent(advisories::add);
    youngFramework(profile, situation).ifPresent(advisories::add);
    wholeStack(profile).ifPresent(advisories::add);
    advisories.add(pocNext(situation));
    return advisories;
  }

  static Optional<Advisory> extremePerformance(Profile profile, Situation situation) {
    Traffic traffic = profile.project().traffic();
    boolean rps = traffic.designPeakRps() >= EXTREME_RPS;
    boolean latency = traffic.p99LatencyMs() <= EXTREME_P99_MS;
    if (!rps && !latency) {
      return Optional.empty();
    }
    String why =
        rps && latency
            ? String.format(
                Locale.ROOT,
                "3-year peak %,d rps and a p99 target of %d ms",
                traffic.designPeakRps(),
                traffic.p99LatencyMs())
            : rps
                ? String.format(Locale.ROOT, "3-year peak %,d rps", traffic.designPeakRps())
                : "a p99 target of " + traffic.p99LatencyMs() + " ms";
    return Optional.of(
        new Advisory(
            AdvisoryId.EXTREME_PERFORMANCE,
            why
                + " is beyond what mainstream frameworks carry with margin. Compiled runtimes (Go"
                + " with Gin or Echo, Rust with Actix) may be needed, at the cost of a smaller"
                + " ecosystem and a steeper learning curve: step outside the mainstream only with"
                + " concrete evidence. Measure the shortlist in the PoC lab (stackfit lab run)."
                + whyNotNative(situation)));
  }

  /**
   * When a framework that is not a compiled binary ranks first, says why: the criteria on which it
   * beats the best native candidate, weighted, against what that candidate saves in capacity.
   */
  static String whyNotNative(Situation situation) {
    if (situation.ranked().isEmpty()) {
      return "";
    }
    Ranked first = situation.ranked().get(0);
    if (first.framework().runtime().value() == Runtime.NATIVE) {
      return "";
    }
    Optional<Ranked> bestNative =
        situation.ranked().stream()
            .filter(r -> r.framework().runtime().value() == Runtime.NATIVE)
            .findFirst();
    if (bestNative.isEmpty()) {
      return " No native framework passes the constraints.";
    }
    Ranked n = bestNative.get();
    List<String> ahead = new ArrayList<>();
    double lead = 0;
    double behind = 0;
    for (Criterion criterion : Criterion.values()) {
      double weighted =
          situation.weights().of(criterion) * (first.score(criterion) - n.score(criterion));
      if (weighted > 0.005) {
        ahead.add(String.format(Locale.ROOT, "%s (+%.2f)", criterion.id(), weighted));
        lead += weighted;
      } else if (weighted < 0) {
        behind -= weighted;
      }
    }
    return String.format(
        Locale.ROOT,
        " %s still ranks above %s, the best native candidate: it leads on %s, weighted %.2f in"
            + " all, which outweighs the %.2f %s gains elsewhere, scale-fit's capacity cost"
            + " included.",
        first.framework().name(),
        n.framework().name(),
        ahead.isEmpty() ? "nothing by much" : String.join(", ", ahead),
        lead,
        behind,
        n.framework().name());
  }

  static Optional<Advisory> asyncLearningCurve(Profile profile, Situation situation) {
    if (profile.team().asyncExperience() != AsyncExperience.NONE) {
      return Optional.empty();
    }
    List<String> async =
        situation.shortlist().stream()
            .filter(f -> f.requestModel().value().asyncCodeStyle())
            .map(f -> f.name() + " (" + f.requestModel().value().description() + ")")
            .toList();
    if (async.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Advisory(
            AdvisoryId.ASYNC_LEARNING_CURVE,
            "The team has no async experience, and leading candidates are asynchronous: "
                + String.join(", ", async)
                + ". Forcing a synchronous team into async code leads to subtle bugs (blocking the"
                + " event loop, unawaited promises) and slower development: budget training and"
                + " review, or prefer a synchronous candidate."));
  }

  static Optional<Advisory> conventionsForTeam(Team team) {
    List<String> why = new ArrayList<>();
    if (team.distributed()) {
      why.add("spread across time zones");
    }
    if (team.turnover() == dev.stackfit.core.profile.Turnover.HIGH) {
      why.add("high turnover");
    }
    if (team.size() >= 10) {
      why.add("a team of " + team.size());
    }
    if (why.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Advisory(
            AdvisoryId.CONVENTIONS_FOR_TEAM,
            "The team is "
                + String.join(", ", why)
                + ": a framework with strong conventions (Django, Rails, Spring Boot, Laravel,"
                + " NestJS...) keeps the codebase consistent and onboarding quick; a flexible one"
                + " needs a written house style and reviews to avoid divergent code."));
  }

  static Optional<Advisory> microserviceInterop(Profile profile) {
    Set<Interop> interop = profile.project().interop();
    List<String> needs =
        interop.stream().filter(i -> i != Interop.GRAPHQL).map(Interop::id).toList();
    if (profile.project().architecture() != Architecture.MICROSERVICE || needs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Advisory(
            AdvisoryId.MICROSERVICE_INTEROP,
            "A microservice that must speak "
                + String.join(", ", needs)
                + " with the rest of the system: favour frameworks with first-class support"
                + " (feature-fit shows which ship it), and match what the other services use. For"
                + " plain REST between services any framework will do: don't over-engineer."));
  }

  static Optional<Advisory> shortLived(Profile profile) {
    if (!profile.project().shortLived()) {
      return Optional.empty();
    }
    return Optional.of(
        new Advisory(
            AdvisoryId.SHORT_LIVED,
            String.format(
                Locale.ROOT,
                "A %d-month lifespan is a prototype or short-lived system: what the team already"
                    + " knows wins, and a suboptimal choice is tolerable. Do not spend the project's"
                    + " life learning a new stack.",
                Math.round(profile.project().lifespanYears() * 12))));
  }

  static Optional<Advisory> youngFramework(Profile profile, Situation situation) {
    boolean longLived = profile.project().lifespanYears() >= 3;
    if (!longLived && !profile.project().critical()) {
      return Optional.empty();
    }
    List<String> young =
        situation.shortlist().stream()
            .filter(f -> isYoung(f, situation.today()))
            .map(
                f ->
                    f.name()
                        + (f.version().value().preOne()
                            ? " (pre-1.0, " + f.version().value().latest() + ")"
                            : " (first released " + f.firstRelease().value() + ")"))
            .toList();
    if (young.isEmpty()) {
      return Optional.empty();
    }
    String system =
        profile.project().critical()
            ? "a critical system"
            : String.format(Locale.ROOT, "a %.0f-year system", profile.project().lifespanYears());
    return Optional.of(
        new Advisory(
            AdvisoryId.YOUNG_FRAMEWORK,
            "Young or pre-1.0 candidates for "
                + system
                + ": "
                + String.join(", ", young)
                + ". Expect a smaller community, thinner documentation and breaking changes;"
                + " prefer a track record of stability and a clear upgrade path, or accept the risk"
                + " knowingly."));
  }

  static boolean isYoung(Framework framework, LocalDate today) {
    return framework.version().value().preOne()
        || today.getYear() - framework.firstRelease().value() < YOUNG_YEARS;
  }

  static Optional<Advisory> wholeStack(Profile profile) {
    if (profile.project().workload() != Workload.IO_BOUND) {
      return Optional.empty();
    }
    return Optional.of(
        new Advisory(
            AdvisoryId.WHOLE_STACK,
            "The workload is I/O-bound: database latency, caching and network will dominate"
                + " response times more than the framework. A well-chosen framework cannot make up"
                + " for a poor data model or missing caching; spend design effort there."));
  }

  static Advisory pocNext(Situation situation) {
    String names =
        situation.shortlist().isEmpty()
            ? "no framework passed the constraints; relax them"
            : String.join(", ", situation.shortlist().stream().map(Framework::name).toList());
    return new Advisory(
        AdvisoryId.POC_NEXT,
        "Next steps: (1) shortlist: "
            + names
            + "; (2) build a small proof of concept of the hardest part of the application in"
            + " each and measure it (stackfit lab run); (3) hold a structured decision session"
            + " with the whole team; (4) commit, and reassess in six months.");
  }

  static Comparator<Ranked> byScale() {
    return Comparator.comparingDouble((Ranked r) -> -r.score(Criterion.SCALE_FIT))
        .thenComparing(r -> r.framework().id());
  }

  static boolean complexData(Profile profile) {
    return profile.project().data() == DataKind.RELATIONAL_COMPLEX;
  }

  /** A language's display name for messages. */
  static String languageName(Language language) {
    return Scoring.languageName(language);
  }

  static double languageSkill(Framework framework, Profile profile) {
    return Scoring.languageSkill(framework, profile);
  }
}
