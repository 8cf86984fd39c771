package dev.stackfit.core.decision;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.RankedFramework;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the evaluation looked like when the decision was taken, kept so a later reassessment reports
 * only what changed since.
 *
 * @param evaluatedOn the day of the evaluation
 * @param catalogAsOf the catalog's date then
 * @param ranks framework id to rank
 * @param scores framework id to total score
 * @param ecosystemHealth framework id to ecosystem-health score
 * @param majors framework id to its current major line then
 * @param lines framework id to the release line it was on then ("6.1"), where the catalog had
 *     release lines; empty in decision files written before stackfit recorded them
 * @param endOfLife framework id to that line's end of life as announced then; a framework with a
 *     line but no entry here had no end of life announced
 */
public record Baseline(
    LocalDate evaluatedOn,
    LocalDate catalogAsOf,
    Map<String, Integer> ranks,
    Map<String, Double> scores,
    Map<String, Double> ecosystemHealth,
    Map<String, String> majors,
    Map<String, String> lines,
    Map<String, LocalDate> endOfLife) {
  public Baseline {
    ranks = copy(ranks);
    scores = copy(scores);
    ecosystemHealth = copy(ecosystemHealth);
    majors = copy(majors);
    lines = copy(lines);
    endOfLife = copy(endOfLife);
  }

  /** A baseline without release lines, as decision files before format 1's lines were written. */
  public Baseline(
      LocalDate evaluatedOn,
      LocalDate catalogAsOf,
      Map<String, Integer> ranks,
      Map<String, Double> scores,
      Map<String, Double> ecosystemHealth,
      Map<String, String> majors) {
    this(evaluatedOn, catalogAsOf, ranks, scores, ecosystemHealth, majors, Map.of(), Map.of());
  }

  private static <V> Map<String, V> copy(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  public static Baseline of(Evaluation evaluation) {
    Map<String, Integer> ranks = new LinkedHashMap<>();
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, Double> health = new LinkedHashMap<>();
    Map<String, String> majors = new LinkedHashMap<>();
    Map<String, String> lines = new LinkedHashMap<>();
    Map<String, LocalDate> endOfLife = new LinkedHashMap<>();
    for (RankedFramework r : evaluation.ranking()) {
      Framework f = r.framework();
      String id = f.id();
      ranks.put(id, r.rank());
      scores.put(id, r.score());
      health.put(id, r.criteria().get(Criterion.ECOSYSTEM_HEALTH).score());
      majors.put(id, f.version().value().major());
      lineOf(f, f.version().value().major())
          .ifPresent(
              line -> {
                lines.put(id, line.line());
                if (line.eol() != null) {
                  endOfLife.put(id, line.eol());
                }
              });
    }
    return new Baseline(
        evaluation.today(),
        evaluation.catalogAsOf(),
        ranks,
        scores,
        health,
        majors,
        lines,
        endOfLife);
  }

  /** The id of the framework that ranked first then, if any ranked. */
  public Optional<String> winner() {
    return ranks.entrySet().stream()
        .filter(e -> e.getValue() == 1)
        .map(Map.Entry::getKey)
        .findAny();
  }

  /**
   * The release line a team on {@code major} is on: the newest line of that major ("6.1" for "6"),
   * else the newest line the catalog lists; empty without release lines.
   */
  static Optional<Release> lineOf(Framework f, String major) {
    List<Release> all = f.releases().map(r -> r.value()).orElse(List.of());
    return all.stream()
        .filter(line -> line.line().equals(major) || line.line().startsWith(major + "."))
        .findFirst()
        .or(() -> all.stream().findFirst());
  }
}
