package dev.stackfit.formats.decision;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.RankedFramework;
import dev.stackfit.core.group.Ballot;
import dev.stackfit.core.group.GroupResult;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.scoring.CriterionScore;
import dev.stackfit.core.scoring.SubFactorScore;
import dev.stackfit.formats.report.Flips;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a decision as a MADR 4 architecture decision record: front matter with status, date and
 * roles; context from the profile; drivers from the weights; options with pros and cons from the
 * scores and the team's comments; outcome, consequences, confirmation (PoC and sensitivity) and the
 * reassessment date.
 */
public final class MadrWriter {
  /** Sub-factors at or above this are pros, at or below {@link #BAD} cons, neutral between. */
  static final double GOOD = 0.75;

  static final double BAD = 0.45;

  private final StringBuilder out = new StringBuilder();

  private MadrWriter() {}

  public static String write(
      Decision decision, Evaluation evaluation, Optional<GroupResult> group, List<Ballot> ballots) {
    MadrWriter writer = new MadrWriter();
    writer.frontMatter(decision);
    writer.body(decision, evaluation, group, ballots);
    return writer.out.toString();
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private void frontMatter(Decision d) {
    line("---");
    line(
        "status: "
            + (d.supersededBy().isPresent()
                ? "superseded by " + d.supersededBy().get()
                : d.status().id()));
    line("date: " + d.date());
    line("decision-makers: " + names(d.decisionMakers()));
    line("consulted: " + names(d.consulted()));
    line("informed: " + names(d.informed()));
    line("---");
    line("");
  }

  private static String names(List<String> people) {
    return people.isEmpty()
        ? "[]"
        : String.join(", ", people.stream().map(MadrWriter::plain).toList());
  }

  private void body(Decision d, Evaluation e, Optional<GroupResult> group, List<Ballot> ballots) {
    line("# " + plain(d.title()));
    line("");
    line("## Context and Problem Statement");
    line("");
    line(context(e.profile()));
    line("");
    line("## Decision Drivers");
    line("");
    Criterion[] byWeight = Criterion.values().clone();
    Arrays.sort(byWeight, Comparator.comparingDouble((Criterion c) -> -weight(c, e, group)));
    for (Criterion c : byWeight) {
      line(
          String.format(
              Locale.ROOT,
              "* %s (weight %.2f%s): %s",
              c.id(),
              weight(c, e, group),
              group.isPresent() ? ", team's aggregated weight" : ", " + e.weights().source().id(),
              c.question()));
    }
    line("");
    line("## Considered Options");
    line("");
    for (String id : d.considered()) {
      line("* " + name(id, e));
    }
    line("");
    outcome(d, e, group);
    line("## Pros and Cons of the Options");
    line("");
    for (String id : d.considered()) {
      options(id, e, ballots);
    }
    line("## More Information");
    line("");
    line(
        String.format(
            Locale.ROOT,
            "Evaluated with stackfit on %s against %d frameworks (catalog as of %s).",
            e.today(),
            e.catalogSize(),
            e.catalogAsOf()));
    line(
        "Reassess by **"
            + d.reviewBy()
            + "** (`stackfit reassess`), or earlier when the chosen line's end of life"
            + " comes within a year, a new major release ships, or the team changes.");
    line("");
  }

  private static double weight(Criterion c, Evaluation e, Optional<GroupResult> group) {
    return group.map(g -> g.aijWeights().getOrDefault(c, 0.0)).orElse(e.weights().of(c));
  }

  private void outcome(Decision d, Evaluation e, Optional<GroupResult> group) {
    line("## Decision Outcome");
    line("");
    String because =
        d.rationale().isBlank() ? "it ranked best for this team and project" : plain(d.rationale());
    line("Chosen option: \"" + name(d.chosen(), e) + "\", because " + because + ".");
    line("");
    group.ifPresent(
        g -> {
          line(
              String.format(
                  Locale.ROOT,
                  "The team's blind ballots ranked %s (aggregated judgments), with Kendall's W %.2f.",
                  String.join(" > ", g.ranking()),
                  g.kendallW()));
          g.outliers().forEach(o -> line("* " + plain(o)));
          line("");
        });
    Optional<RankedFramework> chosen = ranked(d.chosen(), e);
    line("### Consequences");
    line("");
    chosen.ifPresent(
        r -> {
          parts(r, GOOD, 1.01).stream().limit(3).forEach(p -> line("* Good, because " + p));
          parts(r, -0.01, BAD).stream().limit(3).forEach(p -> line("* Bad, because " + p));
        });
    line("");
    line("### Confirmation");
    line("");
    e.evidence()
        .flatMap(
            ev ->
                ev.of(d.chosen())
                    .map(
                        m ->
                            String.format(
                                Locale.ROOT,
                                "* The proof of concept (%s%s) sustained %.0f rps under the p99 target; re-run the lab after major upgrades.",
                                ev.source(),
                                ev.date().map(day -> ", " + day).orElse(""),
                                m.maxSustainableRps())))
        .ifPresent(this::line);
    if (e.evidence().isEmpty()) {
      line(
          "* Build a proof of concept of the hardest part in the chosen framework and measure it with `stackfit lab run`.");
    }
    if (!e.ranking().isEmpty()) {
      String winner = e.ranking().get(0).framework().name();
      line(
          String.format(
              Locale.ROOT,
              "* Sensitivity: %s stayed first in %.0f%% of %,d weight samples. %s",
              winner,
              100 * e.sensitivity().shown(e.sensitivity().winnerProbability()),
              e.sensitivity().samples(),
              e.sensitivity().flips().isEmpty()
                  ? "No single weight change flips the winner."
                  : Flips.sentence(e.sensitivity().flips().get(0), winner, e)));
    }
    line("* Review the decision on " + d.reviewBy() + ".");
    line("");
  }

  private void options(String id, Evaluation e, List<Ballot> ballots) {
    line("### " + name(id, e));
    line("");
    ranked(id, e)
        .ifPresent(
            r -> {
              line(String.format(Locale.ROOT, "Ranked #%d with %.2f.", r.rank(), r.score()));
              line("");
              parts(r, GOOD, 1.01).forEach(p -> line("* Good, because " + p));
              parts(r, BAD, GOOD).forEach(p -> line("* Neutral, because " + p));
              parts(r, -0.01, BAD).forEach(p -> line("* Bad, because " + p));
            });
    for (Ballot b : ballots) {
      Map<Criterion, String> comments = b.comments().getOrDefault(id, Map.of());
      comments.forEach(
          (c, text) -> {
            if (!text.isBlank()) {
              line("* Team comment (" + c.id() + "): \"" + plain(text) + "\"");
            }
          });
    }
    line("");
  }

  private static List<String> parts(RankedFramework r, double from, double to) {
    List<String> parts = new ArrayList<>();
    for (CriterionScore c : r.criteria().values()) {
      for (SubFactorScore s : c.subFactors()) {
        // The stand-in for missing figures sits at the criterion's mean: neutral whatever its
        // score.
        double score =
            s.id().equals(SubFactorScore.MISSING_COMMUNITY_FIGURES) ? (BAD + GOOD) / 2 : s.score();
        if (score >= from && score < to && !s.reasons().isEmpty()) {
          parts.add(
              String.format(
                  Locale.ROOT, "%s (%s %.2f)", plain(s.reasons().get(0)), s.id(), s.score()));
        }
      }
    }
    return parts;
  }

  private static Optional<RankedFramework> ranked(String id, Evaluation e) {
    return e.ranking().stream().filter(r -> r.framework().id().equals(id)).findFirst();
  }

  private static String name(String id, Evaluation e) {
    return ranked(id, e).map(r -> r.framework().name()).orElse(id);
  }

  static String context(Profile p) {
    var t = p.team();
    var pr = p.project();
    return String.format(
        Locale.ROOT,
        "%s: a team of %d%s (turnover %s, async experience %s) needs a backend framework for a %s expected"
            + " to live %s years, with a peak of %,d rps today and %,d in three years (p99 target %d ms), %s"
            + " work and %s data%s. Which framework can this team live with for years?",
        plain(p.name()),
        t.size(),
        t.distributed() ? " spread across time zones" : "",
        t.turnover().id(),
        t.asyncExperience().id(),
        pr.architecture().id(),
        trim(pr.lifespanYears()),
        pr.traffic().peakRps(),
        pr.traffic().peakRpsIn3Years(),
        pr.traffic().p99LatencyMs(),
        pr.workload().id(),
        pr.data().id(),
        pr.needs().isEmpty()
            ? ""
            : "; it needs " + String.join(", ", pr.needs().stream().map(f -> f.id()).toList()));
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  /** Keeps user text from breaking the Markdown structure (no raw HTML, no line breaks). */
  static String plain(String text) {
    return text.replace("\r", " ").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;");
  }
}
