package dev.stackfit.core.backtest;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.EvaluationOptions;
import dev.stackfit.core.evaluation.Evaluator;
import dev.stackfit.core.evaluation.Exclusion;
import dev.stackfit.core.evaluation.RankedFramework;
import dev.stackfit.core.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs documented real decisions through the engine, each as of its decision day, and says where
 * the real choice ranked. Pure and deterministic, like the engine.
 */
public final class Backtest {
  private Backtest() {}

  /**
   * One case's outcome.
   *
   * @param name the case's name (its file name without extension)
   * @param profile the profile, with its case block
   * @param evaluation the evaluation as of the decision day
   * @param rank the real choice's rank, or empty when it was not ranked
   * @param notRanked why the real choice was not ranked (excluded, not released yet); empty when
   *     ranked
   */
  public record Outcome(
      String name,
      Profile profile,
      Evaluation evaluation,
      Optional<Integer> rank,
      String notRanked) {
    public DecisionCase decisionCase() {
      return profile.decisionCase().orElseThrow();
    }

    public boolean first() {
      return rank.filter(r -> r == 1).isPresent();
    }

    public boolean topThree() {
      return rank.filter(r -> r <= 3).isPresent();
    }
  }

  /**
   * The outcomes and the agreement over all cases.
   *
   * @param outcomes one per case, in the order given
   */
  public record Result(List<Outcome> outcomes) {
    public Result {
      outcomes = List.copyOf(outcomes);
    }

    public long first() {
      return outcomes.stream().filter(Outcome::first).count();
    }

    public long topThree() {
      return outcomes.stream().filter(Outcome::topThree).count();
    }

    public int cases() {
      return outcomes.size();
    }
  }

  /** A named profile with its case block. */
  public record Case(String name, Profile profile) {
    public Case {
      if (profile.decisionCase().isEmpty()) {
        throw new IllegalArgumentException(name + " has no case block");
      }
    }
  }

  /**
   * Evaluates every case as of its decision day.
   *
   * @param samples sensitivity samples per case (the winner probability is reported)
   * @param seed the sensitivity seed
   */
  public static Result run(List<Case> cases, Catalog catalog, int samples, long seed) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Case c : cases) {
      DecisionCase real = c.profile().decisionCase().orElseThrow();
      Evaluation evaluation =
          Evaluator.evaluate(
              c.profile(),
              catalog,
              new EvaluationOptions(real.decided(), seed, samples, Optional.empty()));
      Optional<Integer> rank =
          evaluation.ranking().stream()
              .filter(r -> r.offers(real.chose()))
              .map(RankedFramework::rank)
              .findFirst();
      String why =
          rank.isPresent()
              ? ""
              : evaluation.excluded().stream()
                  .filter(e -> e.framework().id().equals(real.chose()))
                  .map(Exclusion::reasons)
                  .map(reasons -> String.join("; ", reasons))
                  .findFirst()
                  .orElse("not evaluated");
      outcomes.add(new Outcome(c.name(), c.profile(), evaluation, rank, why));
    }
    return new Result(outcomes);
  }
}
