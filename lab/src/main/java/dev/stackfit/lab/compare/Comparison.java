package dev.stackfit.lab.compare;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.lab.run.Spread;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Two runs of one lab side by side: every figure of every candidate both ran, and whether the
 * difference is larger than the runs' own repetition-to-repetition spread.
 *
 * @param a the first run
 * @param b the second run
 * @param candidates the candidates both runs measured, in the first run's order
 * @param onlyInOne candidate names that only one of the runs has
 * @param notes things a reader should know before trusting the comparison
 */
public record Comparison(
    LabRun a,
    LabRun b,
    List<CandidateRows> candidates,
    List<String> onlyInOne,
    List<String> notes) {

  public Comparison {
    candidates = List.copyOf(candidates);
    onlyInOne = List.copyOf(onlyInOne);
    notes = List.copyOf(notes);
  }

  /** How a figure's difference between the two runs compares with their own spread. */
  public enum Difference {
    /** Both runs give exactly the same values. */
    SAME("same"),
    /** The runs' ranges over their repetitions overlap: the difference is within the noise. */
    WITHIN_SPREAD("within the spread"),
    /** The ranges do not overlap: the difference is larger than either run's own noise. */
    EXCEEDS_SPREAD("exceeds the spread"),
    /**
     * The ranges do not overlap, but the medians differ by less than {@link #NEGLIGIBLE}: two
     * repetitions make narrow ranges, and a 1 % difference in memory is no finding.
     */
    NEGLIGIBLE("apart, but under 5%"),
    /** At least one run has a single value, so its spread is unknown. */
    SPREAD_UNKNOWN("spread unknown (one repetition)"),
    /** One run has no value. */
    MISSING("not in both runs");

    private final String text;

    Difference(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }

    /** Medians closer than this share of the larger one are a negligible difference. */
    static final double NEGLIGIBLE_SHARE = 0.05;

    static Difference of(Spread a, Spread b) {
      if (a.isEmpty() || b.isEmpty()) {
        return MISSING;
      }
      if (a.equals(b)) {
        return SAME;
      }
      if (a.count() < 2 || b.count() < 2) {
        return SPREAD_UNKNOWN;
      }
      if (!a.apartFrom(b)) {
        return WITHIN_SPREAD;
      }
      double larger = Math.max(Math.abs(a.median()), Math.abs(b.median()));
      return Math.abs(a.median() - b.median()) < NEGLIGIBLE_SHARE * larger
          ? NEGLIGIBLE
          : EXCEEDS_SPREAD;
    }
  }

  /** One figure of one candidate in both runs. */
  public record FigureRow(String figure, String unit, Spread a, Spread b, Difference difference) {}

  /** One candidate in both runs. */
  public record CandidateRows(LabRun.Candidate a, LabRun.Candidate b, List<FigureRow> figures) {
    public CandidateRows {
      figures = List.copyOf(figures);
    }

    public boolean verdictChanged() {
      return !a.verdict().equals(b.verdict());
    }

    public boolean qualityChanged() {
      return !a.quality().equals(b.quality());
    }
  }

  /**
   * Compares two runs of the same lab.
   *
   * @throws InvalidInputException when they are runs of different labs (other names, or no
   *     candidate in common)
   */
  public static Comparison of(LabRun a, LabRun b) {
    if (!a.name().equals(b.name())) {
      throw different(
          a, b, "they are runs of different labs (\"" + a.name() + "\" and \"" + b.name() + "\")");
    }
    List<CandidateRows> rows = new ArrayList<>();
    List<String> onlyInOne = new ArrayList<>();
    for (LabRun.Candidate ca : a.candidates()) {
      b.candidate(ca.name())
          .ifPresentOrElse(cb -> rows.add(rows(ca, cb)), () -> onlyInOne.add(ca.name()));
    }
    b.candidates().stream()
        .map(LabRun.Candidate::name)
        .filter(n -> a.candidate(n).isEmpty())
        .forEach(onlyInOne::add);
    if (rows.isEmpty()) {
      throw different(a, b, "they have no candidate in common");
    }
    return new Comparison(a, b, rows, onlyInOne, notes(a, b));
  }

  private static InvalidInputException different(LabRun a, LabRun b, String why) {
    return new InvalidInputException(
        new Problem(
            b.source(),
            0,
            0,
            "name",
            "cannot be compared with "
                + a.source()
                + ": "
                + why
                + "; compare two runs of one lab file"));
  }

  private static CandidateRows rows(LabRun.Candidate a, LabRun.Candidate b) {
    List<FigureRow> figures = new ArrayList<>();
    figures.add(row("max sustainable rate", "rps", a, b, LabRun.Candidate::sustainedRps));
    figures.add(row("start-up", "ms", a, b, LabRun.Candidate::startupMs));
    figures.add(row("p99 at target", "ms", a, b, LabRun.Candidate::p99AtTargetMs));
    figures.add(
        row("CPU per 1,000 requests at target", "s", a, b, LabRun.Candidate::cpuPer1000AtTarget));
    figures.add(row("idle RSS", "MiB", a, b, LabRun.Candidate::idleRssMb));
    figures.add(row("peak RSS", "MiB", a, b, LabRun.Candidate::peakRssMb));
    return new CandidateRows(a, b, figures);
  }

  private static FigureRow row(
      String figure,
      String unit,
      LabRun.Candidate a,
      LabRun.Candidate b,
      Function<LabRun.Candidate, Spread> value) {
    Spread sa = value.apply(a);
    Spread sb = value.apply(b);
    return new FigureRow(figure, unit, sa, sb, Difference.of(sa, sb));
  }

  private static List<String> notes(LabRun a, LabRun b) {
    List<String> notes = new ArrayList<>();
    if (a.labFileSha256() != null
        && b.labFileSha256() != null
        && !a.labFileSha256().equals(b.labFileSha256())) {
      notes.add(
          "the lab files differ (SHA-256 "
              + a.labFileSha256().substring(0, 12)
              + " and "
              + b.labFileSha256().substring(0, 12)
              + "): load, targets or candidates may have changed between the runs");
    }
    if (Math.abs(a.targetRps() - b.targetRps()) > 0.01) {
      notes.add("the target rates differ, so \"at target\" means different steps");
    }
    if (a.stackfitCommit() != null
        && b.stackfitCommit() != null
        && !a.stackfitCommit().equals(b.stackfitCommit())) {
      notes.add("different stackfit commits ran them");
    }
    if (a.machine().cores() > 0
        && b.machine().cores() > 0
        && (a.machine().cores() != b.machine().cores()
            || !a.machine().cpuModel().equals(b.machine().cpuModel()))) {
      notes.add("they ran on different machines");
    }
    if (a.format() < 2 || b.format() < 2) {
      notes.add(
          "a result of format 1 keeps only its median repetition's figures, so most of its"
              + " spreads are unknown");
    }
    return notes;
  }

  /** Every figure whose difference exceeds the runs' spread, as "candidate: figure". */
  public List<String> beyondSpread() {
    List<String> out = new ArrayList<>();
    for (CandidateRows c : candidates) {
      for (FigureRow f : c.figures()) {
        if (f.difference() == Difference.EXCEEDS_SPREAD) {
          out.add(c.a().name() + ": " + f.figure());
        }
      }
    }
    return out;
  }
}
