package dev.stackfit.formats.decision;

import dev.stackfit.core.Identified;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.RankedFramework;
import dev.stackfit.core.group.Ballot;
import dev.stackfit.core.group.GroupResult;
import dev.stackfit.core.profile.DataKind;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.scoring.CriterionScore;
import dev.stackfit.core.scoring.SubFactorScore;
import dev.stackfit.formats.report.Flips;
import dev.stackfit.formats.report.Labels;
import dev.stackfit.formats.report.StayOrMove;
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
    return people.isEmpty() ? "[]" : MarkdownText.yaml(String.join(", ", people));
  }

  private void body(Decision d, Evaluation e, Optional<GroupResult> group, List<Ballot> ballots) {
    line("# " + MarkdownText.escape(d.title()));
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
              "* %s (weight %.2f, %s): %s",
              c.label(),
              weight(c, e, group),
              group.isPresent() ? "the team's aggregated weight" : weightSource(e),
              c.question()));
    }
    line("");
    line("## Considered Options");
    line("");
    List<String> considered = withStatusQuo(d.considered(), e);
    for (String id : considered) {
      line("* " + name(id, e));
    }
    line("");
    outcome(d, e, group);
    line("## Pros and Cons of the Options");
    line("");
    for (String id : considered) {
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
    migration(d, e);
    line(
        "Reassess by **"
            + d.reviewBy()
            + "** (`stackfit reassess`), or earlier when the chosen line's end of life"
            + " comes within a year, a new major release ships, or the team changes.");
    line("");
  }

  /** Where single-evaluation weights came from, in words. */
  private static String weightSource(Evaluation e) {
    return switch (e.weights().source().id()) {
      case "derived" -> "derived from the profile";
      case "direct" -> "set directly";
      case "ahp" -> "from pairwise comparisons (AHP)";
      default -> e.weights().source().id();
    };
  }

  /**
   * The options as decided, with staying on the current stack added when the profile has one: the
   * status quo is always among the considered options (issue 18).
   */
  static List<String> withStatusQuo(List<String> considered, Evaluation e) {
    Optional<String> stay =
        e.ranking().stream()
            .filter(RankedFramework::statusQuo)
            .map(r -> r.framework().id())
            .findFirst();
    if (stay.isEmpty() || considered.contains(stay.get())) {
      return considered;
    }
    List<String> all = new ArrayList<>(considered);
    all.add(stay.get());
    return all;
  }

  /** For a move away from the current stack: its cost, and the plan that carries it out. */
  private void migration(Decision d, Evaluation e) {
    Optional<RankedFramework> chosen = ranked(d.chosen(), e);
    if (e.profile().current().isEmpty() || chosen.isEmpty() || chosen.get().statusQuo()) {
      return;
    }
    chosen
        .get()
        .switching()
        .ifPresent(
            cost ->
                line(
                    "Moving from "
                        + plain(e.profile().current().get().name())
                        + " costs "
                        + StayOrMove.summary(cost)
                        + "; assumptions: "
                        + plain(String.join("; ", cost.reasons()))
                        + ".\n"));
    line(
        "Migration plan: [migration-plan.md](migration-plan.md), the strangler-fig plan with its"
            + " slices, nginx facade, verification and roll-back per slice (`stackfit migrate plan"
            + " PROFILE --to "
            + d.chosen()
            + " --openapi CURRENT_API --out migration-plan.md`; docs/migration.md).\n");
  }

  private static double weight(Criterion c, Evaluation e, Optional<GroupResult> group) {
    return group.map(g -> g.aijWeights().getOrDefault(c, 0.0)).orElse(e.weights().of(c));
  }

  private void outcome(Decision d, Evaluation e, Optional<GroupResult> group) {
    line("## Decision Outcome");
    line("");
    line(chosenLine(d, e));
    line("");
    line(engineRank(d.chosen(), !d.rationale().isBlank(), e));
    line("");
    group.ifPresent(
        g -> {
          line(
              String.format(
                  Locale.ROOT,
                  "The team's blind ballots ranked %s (aggregated judgments), with Kendall's W %.2f.",
                  String.join(" > ", g.ranking().stream().map(id -> name(id, e)).toList()),
                  g.kendallW()));
          g.outliers().forEach(o -> line("* " + plain(named(o, d.considered(), e))));
          line("");
        });
    Optional<RankedFramework> chosen = ranked(d.chosen(), e);
    line("### Consequences");
    line("");
    chosen.ifPresent(
        r -> {
          parts(r, Verdict.GOOD).stream().limit(3).forEach(p -> line("* Good, because " + p));
          parts(r, Verdict.UPGRADE).stream().limit(2).forEach(p -> line("* Neutral, because " + p));
          parts(r, Verdict.BAD).stream().limit(3).forEach(p -> line("* Bad, because " + p));
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
              line(
                  String.format(
                      Locale.ROOT,
                      "stackfit's evaluation ranked it #%d of %d, with %.2f.",
                      r.rank(),
                      e.ranking().size(),
                      r.score()));
              line("");
              parts(r, Verdict.GOOD).forEach(p -> line("* Good, because " + p));
              parts(r, Verdict.NEUTRAL).forEach(p -> line("* Neutral, because " + p));
              parts(r, Verdict.UPGRADE).forEach(p -> line("* Neutral, because " + p));
              parts(r, Verdict.BAD).forEach(p -> line("* Bad, because " + p));
            });
    for (Ballot b : ballots) {
      Map<Criterion, String> comments = b.comments().getOrDefault(id, Map.of());
      comments.forEach(
          (c, text) -> {
            if (!text.isBlank()) {
              line("* Team comment on " + lower(c.label()) + ": \"" + plain(text) + "\"");
            }
          });
    }
    line("");
  }

  /** How a sub-factor reads in a record; an upgrade to plan is never good news. */
  private enum Verdict {
    GOOD,
    NEUTRAL,
    UPGRADE,
    BAD
  }

  private static Verdict verdict(SubFactorScore s) {
    // The stand-in for missing figures sits at the criterion's mean: neutral whatever its score.
    double score =
        s.id().equals(SubFactorScore.MISSING_COMMUNITY_FIGURES) ? (BAD + GOOD) / 2 : s.score();
    if (score < BAD) {
      return Verdict.BAD;
    }
    // A support horizon short of full marks means a line ends inside the project's life.
    if (s.id().endsWith("-horizon") && s.score() < 1) {
      return Verdict.UPGRADE;
    }
    return score >= GOOD ? Verdict.GOOD : Verdict.NEUTRAL;
  }

  /**
   * The sub-factors of {@code r} with that verdict, each with its context: "of async readiness
   * (team expertise, 1.00): REASON".
   */
  private static List<String> parts(RankedFramework r, Verdict verdict) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Criterion, CriterionScore> c : r.criteria().entrySet()) {
      for (SubFactorScore s : c.getValue().subFactors()) {
        if (verdict(s) == verdict && !s.reasons().isEmpty()) {
          parts.add(
              String.format(
                  Locale.ROOT,
                  "of %s (%s, %.2f): %s",
                  s.id().replace('-', ' '),
                  lower(c.getKey().label()),
                  s.score(),
                  plain(s.reasons().get(0))));
        }
      }
    }
    return parts;
  }

  private static String lower(String label) {
    return label.toLowerCase(Locale.ROOT);
  }

  /** A group message with the options' names for their ids ("ranks Quarkus first"). */
  private static String named(String text, List<String> ids, Evaluation e) {
    String named = text;
    for (String id : ids) {
      named = named.replace(" ranks " + id + " first", " ranks " + name(id, e) + " first");
    }
    return named;
  }

  /** "Chosen option: "X", because RATIONALE." with the rationale's own full stop, or none. */
  private static String chosenLine(Decision d, Evaluation e) {
    String chosen = "Chosen option: \"" + name(d.chosen(), e) + "\"";
    String rationale = plain(d.rationale().strip());
    if (rationale.isEmpty()) {
      return chosen + ". No rationale was recorded.";
    }
    boolean ended = ".!?".indexOf(rationale.charAt(rationale.length() - 1)) >= 0;
    return chosen + ", because " + rationale + (ended ? "" : ".");
  }

  /** Where stackfit's own evaluation put the chosen option, and what it put first otherwise. */
  private static String engineRank(String chosen, boolean reasoned, Evaluation e) {
    Optional<RankedFramework> r = ranked(chosen, e);
    if (r.isEmpty()) {
      return "stackfit's evaluation did not rank " + name(chosen, e) + ".";
    }
    RankedFramework first = e.ranking().get(0);
    if (r.get().rank() == 1) {
      return String.format(
          Locale.ROOT, "stackfit's evaluation also ranked it first, with %.2f.", r.get().score());
    }
    return String.format(
        Locale.ROOT,
        "stackfit's evaluation ranked it #%d, with %.2f; its first was %s with %.2f. The team"
            + " chose otherwise%s.",
        r.get().rank(),
        r.get().score(),
        first.framework().name(),
        first.score(),
        reasoned ? " for the reason above" : "");
  }

  private static Optional<RankedFramework> ranked(String id, Evaluation e) {
    return e.ranking().stream().filter(r -> r.framework().id().equals(id)).findFirst();
  }

  private static String name(String id, Evaluation e) {
    return ranked(id, e)
        .map(r -> r.statusQuo() ? "Stay on " + r.optionName() + " (status quo)" : r.optionName())
        .orElse(id);
  }

  static String context(Profile p) {
    var t = p.team();
    var pr = p.project();
    return String.format(
        Locale.ROOT,
        "%s: a team of %d%s (turnover %s, async experience %s) needs a backend framework for a %s expected"
            + " to live %s years, with a peak of %,d rps today and %,d in three years (p99 target %d ms), %s"
            + " work and %s%s. Which framework can this team live with for years?",
        plain(p.name()),
        t.size(),
        t.distributed() ? " spread across time zones" : "",
        words(t.turnover()),
        words(t.asyncExperience()),
        words(pr.architecture()),
        trim(pr.lifespanYears()),
        pr.traffic().peakRps(),
        pr.traffic().peakRpsIn3Years(),
        pr.traffic().p99LatencyMs(),
        words(pr.workload()),
        pr.data() == DataKind.NONE ? "no stored data" : words(pr.data()) + " data",
        pr.needs().isEmpty()
            ? ""
            : "; it needs "
                + String.join(", ", pr.needs().stream().map(MadrWriter::words).toList()));
  }

  /** An id's words in a sentence: "I/O-bound", "relational, complex", "ORM". */
  private static String words(Identified value) {
    String words = Labels.of(value);
    return words.length() > 1 && Character.isLowerCase(words.charAt(1))
        ? words.substring(0, 1).toLowerCase(Locale.ROOT) + words.substring(1)
        : words;
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  /** Keeps the engine's own text from breaking the Markdown structure (no raw HTML, no breaks). */
  /** Text on one line with Markdown's syntax escaped (docs/web.md, Security). */
  static String plain(String text) {
    return MarkdownText.escape(text.replace("\r", " ").replace("\n", " "));
  }
}
