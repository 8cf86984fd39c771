package dev.stackfit.core.decision;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.RankedFramework;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Compares a decision with a fresh evaluation (today's catalog and profile) and reports drift: rank
 * changes, the chosen line's end of life in the next 12 months, new major releases, health changes,
 * and questions about the team that no catalog can answer.
 */
public final class Reassessment {
  /** An ecosystem-health change at least this large is reported. */
  static final double HEALTH_CHANGE = 0.1;

  /** End of life within this many months of today is reported. */
  static final int EOL_WARNING_MONTHS = 12;

  private Reassessment() {}

  /** One thing that changed, or a question to ask. */
  public record Finding(Kind kind, String message) {}

  /** Kinds of finding, most serious first. */
  public enum Kind {
    END_OF_LIFE,
    WINNER_CHANGED,
    RANK_CHANGED,
    NEW_MAJOR,
    HEALTH_CHANGED,
    EXCLUDED,
    TEAM_QUESTION
  }

  /**
   * The reassessment result.
   *
   * @param due whether the review date has come
   * @param findings what changed, most serious first
   * @param newWinner the winner today
   */
  public record Result(boolean due, List<Finding> findings, String newWinner) {
    /** True when anything beyond the standing team questions changed. */
    public boolean drifted() {
      return findings.stream().anyMatch(f -> f.kind() != Kind.TEAM_QUESTION);
    }
  }

  public static Result compare(Decision decision, Evaluation now, LocalDate today) {
    List<Finding> findings = new ArrayList<>();
    String chosen = decision.chosen();
    Optional<RankedFramework> current =
        now.ranking().stream().filter(r -> r.framework().id().equals(chosen)).findFirst();
    if (current.isEmpty()) {
      findings.add(
          new Finding(
              Kind.EXCLUDED,
              chosen
                  + " no longer passes the profile's constraints: "
                  + now.excluded().stream()
                      .filter(x -> x.framework().id().equals(chosen))
                      .flatMap(x -> x.reasons().stream())
                      .toList()));
    } else {
      current.ifPresent(r -> framework(decision, r, today, findings));
    }
    String winner = now.winner().map(r -> r.framework().id()).orElse("");
    if (!winner.equals(chosen) && !winner.isEmpty()) {
      Integer before = decision.baseline().ranks().get(winner);
      findings.add(
          new Finding(
              Kind.WINNER_CHANGED,
              String.format(
                  Locale.ROOT,
                  "%s now ranks first (was %s); %s is %s",
                  winner,
                  before == null ? "not ranked" : "#" + before,
                  chosen,
                  current.map(r -> "#" + r.rank()).orElse("excluded"))));
    }
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
                + chosen
                + " still enjoy it? A framework the team dislikes fails whatever its merits."));
    findings.sort(Comparator.comparing(Finding::kind));
    return new Result(decision.dueForReview(today), findings, winner);
  }

  private static void framework(
      Decision decision, RankedFramework now, LocalDate today, List<Finding> findings) {
    Framework f = now.framework();
    Integer before = decision.baseline().ranks().get(f.id());
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
                  decision.baseline().scores().getOrDefault(f.id(), 0.0),
                  now.score())));
    }
    String majorThen = decision.baseline().majors().get(f.id());
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
    endOfLife(f, majorThen, today, findings);
    Double healthThen = decision.baseline().ecosystemHealth().get(f.id());
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

  private static void endOfLife(
      Framework f, String majorThen, LocalDate today, List<Finding> findings) {
    LocalDate horizon = today.plusMonths(EOL_WARNING_MONTHS);
    for (Release line : f.releases().map(r -> r.value()).orElse(List.of())) {
      boolean decidedLine =
          majorThen != null
              && (line.line().equals(majorThen) || line.line().startsWith(majorThen + "."));
      boolean currentLine = f.releases().get().value().get(0) == line;
      if ((decidedLine || currentLine) && line.eol() != null && !line.eol().isAfter(horizon)) {
        findings.add(
            new Finding(
                Kind.END_OF_LIFE,
                String.format(
                    Locale.ROOT,
                    "%s line %s reaches end of life on %s%s",
                    f.name(),
                    line.line(),
                    line.eol(),
                    line.eol().isBefore(today)
                        ? " (already past)"
                        : ", within the next 12 months")));
        return;
      }
    }
  }
}
