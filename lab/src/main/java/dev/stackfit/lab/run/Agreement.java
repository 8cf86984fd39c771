package dev.stackfit.lab.run;

import java.util.List;

/**
 * Whether a candidate's repetitions agree on the highest step it holds.
 *
 * @param agreed more than half of the repetitions, and at least two, held steps at most one step
 *     apart; always true for a single repetition
 * @param group repetition numbers (from 1) whose figures count: the agreeing ones, or all of them
 *     when they do not agree
 * @param outliers repetition numbers set aside because they disagree with the group
 * @param extraRepetitions how many repetitions ran beyond those the lab file planned
 * @param spreadSteps steps between the lowest and the highest held step over all repetitions
 */
public record Agreement(
    boolean agreed,
    List<Integer> group,
    List<Integer> outliers,
    int extraRepetitions,
    int spreadSteps) {

  public Agreement {
    group = List.copyOf(group);
    outliers = List.copyOf(outliers);
  }

  /** The agreement of a single repetition with itself. */
  public static Agreement single() {
    return new Agreement(true, List.of(1), List.of(), 0, 0);
  }
}
