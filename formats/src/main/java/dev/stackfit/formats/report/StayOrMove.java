package dev.stackfit.formats.report;

import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.Exclusion;
import dev.stackfit.core.evaluation.RankedFramework;
import dev.stackfit.core.profile.CurrentStack;
import dev.stackfit.core.profile.Pain;
import dev.stackfit.core.switching.SwitchingCost;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The stay-or-move part of every report, for a profile with a current stack: the verdict in plain
 * words, the pains, and what moving to each leading alternative costs with its assumptions.
 *
 * @param verdict one or two sentences: stay or move, and why
 * @param stayWins true when staying ranks first
 * @param pains the pains the team reports, "kind: note"
 * @param moves the leading alternatives (at most three), best first, with their switching costs
 */
public record StayOrMove(String verdict, boolean stayWins, List<String> pains, List<Move> moves) {
  /** How many alternatives the reports detail. */
  static final int MOVES = 3;

  public StayOrMove {
    pains = List.copyOf(pains);
    moves = List.copyOf(moves);
  }

  /**
   * One alternative to staying.
   *
   * @param ranked its place in the ranking; its score already deducts the cost
   * @param summary "about 2.5 months, 12 thousand lines rewritten, score -0.021"
   * @param assumptions how the cost was computed, each assumption named
   */
  public record Move(RankedFramework ranked, String summary, List<String> assumptions) {
    public Move {
      assumptions = List.copyOf(assumptions);
    }
  }

  /** True when move {@code i} rests on the same assumptions as the one before it. */
  public boolean repeats(int i) {
    return i > 0 && moves.get(i).assumptions().equals(moves.get(i - 1).assumptions());
  }

  /** The stay-or-move summary; empty when the profile has no current stack. */
  public static Optional<StayOrMove> of(Evaluation e) {
    Optional<CurrentStack> current = e.profile().current();
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Optional<RankedFramework> stay =
        e.ranking().stream().filter(RankedFramework::statusQuo).findFirst();
    List<Move> moves =
        e.ranking().stream()
            .filter(r -> !r.statusQuo() && r.switching().isPresent())
            .limit(MOVES)
            .map(r -> new Move(r, summary(r.switching().get()), r.switching().get().reasons()))
            .toList();
    List<String> pains =
        current.get().pains().stream()
            .map(p -> p.kind().id() + (p.note().isEmpty() ? "" : ": " + p.note()))
            .toList();
    boolean stayWins = stay.isPresent() && stay.get().rank() == 1;
    String verdict = verdict(e, current.get(), stay, moves, stayWins);
    return Optional.of(new StayOrMove(verdict, stayWins, pains, moves));
  }

  private static String verdict(
      Evaluation e,
      CurrentStack current,
      Optional<RankedFramework> stay,
      List<Move> moves,
      boolean stayWins) {
    String name = current.name();
    String pains =
        current.pains().isEmpty()
            ? ""
            : "the pains reported ("
                + String.join(
                    ", ", current.pains().stream().map(Pain::kind).map(k -> k.id()).toList())
                + ")";
    if (stay.isEmpty()) {
      String why =
          e.excluded().stream()
              .filter(x -> current.framework().filter(x.framework().id()::equals).isPresent())
              .map(Exclusion::reasons)
              .map(r -> " (" + String.join("; ", r) + ")")
              .findFirst()
              .orElse("");
      return "Staying on "
          + name
          + " is ruled out by the profile's constraints"
          + why
          + ": the ranking compares the alternatives, each with its switching cost.";
    }
    RankedFramework s = stay.get();
    if (moves.isEmpty()) {
      return "Stay on " + name + ": no alternative passes the profile's constraints.";
    }
    RankedFramework best = moves.get(0).ranked();
    if (stayWins) {
      return String.format(
          Locale.ROOT,
          "Stay on %s. Staying ranks first (%.2f); the best move, %s, reaches %.2f after its"
              + " switching cost (%s). %s.",
          name,
          s.score(),
          best.optionName(),
          best.score(),
          moves.get(0).summary(),
          pains.isEmpty()
              ? "The team reports no pain: nothing asks for a move"
              : capital(pains) + " do not justify a move");
    }
    return String.format(
        Locale.ROOT,
        "Move to %s. It ranks first (%.2f) even after its switching cost (%s); staying on %s ranks"
            + " #%d (%.2f), weighed down by %s.",
        e.ranking().get(0).optionName(),
        e.ranking().get(0).score(),
        e.ranking().get(0).switching().map(StayOrMove::summary).orElse("none"),
        name,
        s.rank(),
        s.score(),
        pains.isEmpty() ? "the switching cost of the others alone" : pains);
  }

  private static String capital(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** "about 2.5 months, 12 thousand lines rewritten, score -0.021". */
  public static String summary(SwitchingCost cost) {
    return String.format(
        Locale.ROOT,
        "about %.1f months, %s thousand lines rewritten, score -%.3f",
        cost.months(),
        cost.rewriteKloc() < 10
            ? String.format(Locale.ROOT, "%.1f", cost.rewriteKloc())
            : String.format(Locale.ROOT, "%,.0f", cost.rewriteKloc()),
        cost.penalty());
  }

  /** The name the ranking shows: the status quo is marked as staying. */
  public static String label(RankedFramework r) {
    return r.statusQuo() ? r.optionName() + " (stay)" : r.optionName();
  }
}
