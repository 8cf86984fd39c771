package dev.stackfit.lab.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The repetition rule. Repetitions agree when the highest steps they held are at most one step
 * apart: one step is the staircase's own resolution, so closer than that is noise the lab cannot
 * see. When they are further apart, the lab runs more repetitions (up to the lab file's
 * maxRepetitions) until a majority, at least two, falls within one step of each other; those count
 * and the rest are reported as outliers. Without such a majority the verdict is "uncertain".
 */
final class RepetitionRule {
  private RepetitionRule() {}

  /**
   * Judges the repetitions' sustained rates, in run order.
   *
   * @param sustained each repetition's maximum sustainable rate, requests/s
   * @param rates the staircase's rates, ascending
   * @param planned how many repetitions the lab file planned; the rest were extra
   */
  static Agreement judge(List<Double> sustained, List<Double> rates, int planned) {
    int extra = Math.max(0, sustained.size() - planned);
    List<Integer> all = numbers(sustained.size());
    if (sustained.size() <= 1) {
      return new Agreement(true, all, List.of(), extra, 0);
    }
    List<Integer> steps = sustained.stream().map(v -> stepIndex(v, rates)).toList();
    int low = steps.stream().mapToInt(Integer::intValue).min().orElse(0);
    int high = steps.stream().mapToInt(Integer::intValue).max().orElse(0);
    if (high - low <= 1) {
      return new Agreement(true, all, List.of(), extra, high - low);
    }
    int median = steps.stream().sorted().toList().get((steps.size() - 1) / 2);
    int bestFrom = low;
    int bestCount = -1;
    for (int from = low; from < high; from++) {
      int count = countWithin(steps, from);
      boolean holdsMedian = from == median || from + 1 == median;
      boolean bestHoldsMedian = bestFrom == median || bestFrom + 1 == median;
      if (count > bestCount || (count == bestCount && holdsMedian && !bestHoldsMedian)) {
        bestFrom = from;
        bestCount = count;
      }
    }
    boolean majority = bestCount >= 2 && bestCount * 2 > sustained.size();
    if (!majority) {
      return new Agreement(false, all, List.of(), extra, high - low);
    }
    List<Integer> group = new ArrayList<>();
    List<Integer> outliers = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      int s = steps.get(i);
      (s == bestFrom || s == bestFrom + 1 ? group : outliers).add(i + 1);
    }
    return new Agreement(true, group, outliers, extra, high - low);
  }

  /** Whether the repetitions so far call for another one. */
  static boolean wantsMore(Agreement agreement, int runSoFar, int maxRepetitions) {
    return !agreement.agreed() && runSoFar < maxRepetitions;
  }

  /** The staircase step a sustained rate reached: -1 for none, 0 for the first step, and so on. */
  static int stepIndex(double sustainedRps, List<Double> rates) {
    int index = -1;
    for (int i = 0; i < rates.size(); i++) {
      if (rates.get(i) <= sustainedRps + 0.01) {
        index = i;
      }
    }
    return sustainedRps <= 0 ? -1 : index;
  }

  private static int countWithin(List<Integer> steps, int from) {
    return (int) steps.stream().filter(s -> s == from || s == from + 1).count();
  }

  private static List<Integer> numbers(int count) {
    List<Integer> numbers = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      numbers.add(i);
    }
    return numbers;
  }
}
