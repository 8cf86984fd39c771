package dev.stackfit.core.group;

import dev.stackfit.core.criteria.Criterion;
import java.util.List;
import java.util.Map;

/**
 * The revealed result of a round.
 *
 * @param criteria the criteria the session weighs, in order
 * @param frameworks the shortlisted framework ids, in the session's order
 * @param aijWeights group weights from the geometric mean of individual judgments (AIJ)
 * @param aijConsistencyRatio consistency ratio of the aggregated judgment matrix
 * @param aijScores framework id to group score under AIJ (group weights on geometric-mean ratings),
 *     in [0, 1]
 * @param aipScores framework id to the mean of individual priorities (AIP), in [0, 1]
 * @param ranking framework ids by AIJ score, best first
 * @param individual per participant: weights, priorities and ranking
 * @param weightDisagreement per criterion, the standard deviation of individual weights
 * @param frameworkDisagreement per framework, the standard deviation of individual priorities
 * @param kendallW Kendall's coefficient of concordance of the individual rankings, 0 (none) to 1
 *     (full agreement); NaN with fewer than two participants or frameworks
 * @param outliers participants whose ranking departs most from the group's, with why
 * @param enjoyment per framework, the mean "would enjoy building in it" (1-5), or absent
 */
public record GroupResult(
    List<Criterion> criteria,
    List<String> frameworks,
    Map<Criterion, Double> aijWeights,
    double aijConsistencyRatio,
    Map<String, Double> aijScores,
    Map<String, Double> aipScores,
    List<String> ranking,
    List<Individual> individual,
    Map<Criterion, Double> weightDisagreement,
    Map<String, Double> frameworkDisagreement,
    double kendallW,
    List<String> outliers,
    Map<String, Double> enjoyment) {

  /**
   * One participant's view, revealed.
   *
   * @param participant name
   * @param weights normalised weights
   * @param priorities framework id to priority in [0, 1]
   * @param ranking framework ids, best first
   */
  public record Individual(
      String participant,
      Map<Criterion, Double> weights,
      Map<String, Double> priorities,
      List<String> ranking) {}
}
