package dev.stackfit.core.decision;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.Exclusion;
import dev.stackfit.core.evaluation.RankedFramework;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares a decision with a fresh evaluation (today's catalog and profile). It reports drift, what
 * changed since the decision's baseline (a different winner, rank changes, new major releases,
 * health changes, an end of life announced or moved), apart from what is due now whether or not it
 * was known then (the chosen line's end of life within 12 months), and the questions about the team
 * that no catalog can answer.
 */
public final class Reassessment {
  /** An ecosystem-health change at least this large is reported. */
  static final double HEALTH_CHANGE = 0.1;

  /** End of life within this many months of today is due. */
  static final int EOL_WARNING_MONTHS = 12;

  private Reassessment() {}

  /** One thing that changed, is due, or a question to ask. */
  public record Finding(Kind kind, String message) {}

  /** Kinds of finding, most serious first. */
  public enum Kind {
    /** The chosen line's end of life is within 12 months or past: due, whether known or not. */
    END_OF_LIFE(false),
    EXCLUDED(true),
    WINNER_CHANGED(true),
    /** The chosen line's end of life was announced, moved or withdrawn since the decision. */
    END_OF_LIFE_CHANGED(true),
    RANK_CHANGED(true),
    NEW_MAJOR(true),
    HEALTH_CHANGED(true),
    TEAM_QUESTION(false);

    private final boolean drift;

    Kind(boolean drift) {
      this.drift = drift;
    }

    /** True for a change since the decision, false for what is due and for standing questions. */
    public boolean drift() {
      return drift;
    }
  }

  /**
   * The reassessment result.
   *
   * @param due whether the review date has come
   * @param findings what changed or is due, most serious first, then the team questions
   * @param newWinner the winner's id today, or "" when nothing passed
   * @param newWinnerName the winner's name today, or "" when nothing passed
   */
  public record Result(
      boolean due, List<Finding> findings, String newWinner, String newWinnerName) {
    /** True when something changed since the decision. */
    public boolean drifted() {
      return findings.stream().anyMatch(f -> f.kind().drift());
    }

    /** True when something needs doing now whether or not it changed (an end of life). */
    public boolean actionDue() {
      return findings.stream().anyMatch(f -> f.kind() == Kind.END_OF_LIFE);
    }

    /** One sentence on the outcome, for the page and the command line. */
    public String summary() {
      if (drifted()) {
        return "Something drifted since the decision: revisit it with the team (a new"
            + " evaluation, then a new session).";
      }
      return "Nothing drifted since the decision"
          + (actionDue() ? "; what is due is listed above: plan it" : "")
          + ". Answer the team questions and record the review.";
    }
  }

  public static Result compare(Decision decision, Evaluation now, LocalDate today) {
    List<Finding> findings = new ArrayList<>();
    String chosen = decision.chosen();
    Optional<RankedFramework> current = ranked(now, chosen);
    String chosenName = name(now, chosen);
    if (current.isEmpty()) {
      findings.add(
          new Finding(
              Kind.EXCLUDED,
              chosenName
                  + " no longer passes the profile's constraints: "
                  + String.join(
                      "; ",
                      now.excluded().stream()
                          .filter(x -> x.framework().id().equals(chosen))
                          .flatMap(x -> x.reasons().stream())
                          .toList())));
    } else {
      framework(decision.baseline(), current.get(), today, findings);
    }
    winner(decision.baseline(), now, chosen).ifPresent(findings::add);
    findings.add(
        new Finding(
            Kind.TEAM_QUESTION,
            "Has the team changed since "
                + decision.date()
                + " (people joining or leaving, skills gained, turnover)? Update the profile and reassess."));
    findings.add(
        new Finding(
            Kind.TEAM_QUESTION,
            "Do the people who build with "
                + chosenName
                + " still enjoy it? A framework the team dislikes fails whatever its merits."));
    findings.sort(Comparator.comparing(Finding::kind));
    Optional<RankedFramework> winner = now.winner();
    return new Result(
        decision.dueForReview(today),
        findings,
        winner.map(r -> r.framework().id()).orElse(""),
        winner.map(r -> r.framework().name()).orElse(""));
  }

  /** A different winner than at the decision; the team's own choice is not a change. */
  private static Optional<Finding> winner(Baseline baseline, Evaluation now, String chosen) {
    Optional<String> then = baseline.winner();
    Optional<RankedFramework> winner = now.winner();
    if (then.isEmpty() || winner.isEmpty() || winner.get().framework().id().equals(then.get())) {
      return Optional.empty();
    }
    String id = winner.get().framework().id();
    Integer before = baseline.ranks().get(id);
    return Optional.of(
        new Finding(
            Kind.WINNER_CHANGED,
            String.format(
                Locale.ROOT,
                "%s now ranks first (was %s at the decision, when %s was first); %s is %s",
                winner.get().framework().name(),
                before == null ? "not ranked" : "#" + before,
                name(now, then.get()),
                name(now, chosen),
                ranked(now, chosen).map(r -> "#" + r.rank()).orElse("excluded"))));
  }

  private static void framework(
      Baseline baseline, RankedFramework now, LocalDate today, List<Finding> findings) {
    Framework f = now.framework();
    Integer before = baseline.ranks().get(f.id());
    if (before != null && before != now.rank()) {
      findings.add(
          new Finding(
              Kind.RANK_CHANGED,
              String.format(
                  Locale.ROOT,
                  "%s moved from #%d to #%d (score %.2f to %.2f)",
                  f.name(),
                  before,
                  now.rank(),
                  baseline.scores().getOrDefault(f.id(), 0.0),
                  now.score())));
    }
    String majorThen = baseline.majors().get(f.id());
    String majorNow = f.version().value().major();
    if (majorThen != null && !majorThen.equals(majorNow)) {
      findings.add(
          new Finding(
              Kind.NEW_MAJOR,
              String.format(
                  Locale.ROOT,
                  "%s has a new major line: %s (was %s at the decision); plan the upgrade",
                  f.name(),
                  majorNow,
                  majorThen)));
    }
    endOfLife(f, baseline, majorThen == null ? majorNow : majorThen, today, findings);
    Double healthThen = baseline.ecosystemHealth().get(f.id());
    double healthNow = now.criteria().get(Criterion.ECOSYSTEM_HEALTH).score();
    if (healthThen != null && Math.abs(healthNow - healthThen) >= HEALTH_CHANGE) {
      findings.add(
          new Finding(
              Kind.HEALTH_CHANGED,
              String.format(
                  Locale.ROOT,
                  "%s ecosystem health %s from %.2f to %.2f: %s",
                  f.name(),
                  healthNow > healthThen ? "rose" : "fell",
                  healthThen,
                  healthNow,
                  String.join(
                      "; ",
                      now.criteria().get(Criterion.ECOSYSTEM_HEALTH).reasons().stream()
                          .limit(2)
                          .toList()))));
    }
  }

  /**
   * The line the team is on: due when its end of life is within 12 months; drift when its end of
   * life differs from what the baseline recorded (only baselines that recorded the line can tell).
   */
  private static void endOfLife(
      Framework f, Baseline baseline, String major, LocalDate today, List<Finding> findings) {
    String recorded = baseline.lines().get(f.id());
    Optional<Release> line =
        recorded == null
            ? Baseline.lineOf(f, major)
            : f.releases()
                .flatMap(
                    r -> r.value().stream().filter(l -> l.line().equals(recorded)).findFirst());
    if (line.isEmpty()) {
      return;
    }
    LocalDate eol = line.get().eol();
    if (eol != null && !eol.isAfter(today.plusMonths(EOL_WARNING_MONTHS))) {
      findings.add(
          new Finding(
              Kind.END_OF_LIFE,
              String.format(
                  Locale.ROOT,
                  "%s line %s reaches end of life on %s%s",
                  f.name(),
                  line.get().line(),
                  eol,
                  eol.isBefore(today)
                      ? " (already past): upgrade now"
                      : ", within the next 12 months: plan the upgrade")));
    }
    if (recorded == null) {
      return;
    }
    LocalDate then = baseline.endOfLife().get(f.id());
    if (!Objects.equals(then, eol)) {
      findings.add(
          new Finding(
              Kind.END_OF_LIFE_CHANGED,
              then == null
                  ? String.format(
                      Locale.ROOT,
                      "%s line %s had no announced end of life at the decision; it is now %s",
                      f.name(),
                      recorded,
                      eol)
                  : String.format(
                      Locale.ROOT,
                      "%s line %s's end of life moved from %s to %s",
                      f.name(),
                      recorded,
                      then,
                      eol == null ? "no announced date" : eol)));
    }
  }

  private static Optional<RankedFramework> ranked(Evaluation e, String id) {
    return e.ranking().stream().filter(r -> r.framework().id().equals(id)).findFirst();
  }

  /** The framework's name as today's evaluation knows it, ranked or excluded; else its id. */
  private static String name(Evaluation e, String id) {
    return ranked(e, id)
        .map(r -> r.framework().name())
        .or(
            () ->
                e.excluded().stream()
                    .map(Exclusion::framework)
                    .filter(f -> f.id().equals(id))
                    .map(Framework::name)
                    .findFirst())
        .orElse(id);
  }
}
