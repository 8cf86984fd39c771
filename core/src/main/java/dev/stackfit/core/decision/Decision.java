package dev.stackfit.core.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A recorded framework decision: the choice, why, who took part, and when to look at it again.
 *
 * @param id stable id ("0001-checkout-framework" or a store id)
 * @param title short title ("Use Spring Boot for the checkout service")
 * @param status MADR status
 * @param supersededBy the id of the decision that replaces this one, when superseded
 * @param date when the decision was taken
 * @param chosen framework id chosen
 * @param considered framework ids considered (the shortlist), chosen included
 * @param rationale the facilitator's reasons, in their words
 * @param decisionMakers who decided (facilitators)
 * @param consulted who was asked (participants)
 * @param informed who is kept informed (observers)
 * @param reviewBy reassessment date (six months after {@code date} by default)
 * @param profileYaml the profile the evaluation used, in YAML
 * @param baseline the evaluation's figures at decision time
 */
public record Decision(
    String id,
    String title,
    DecisionStatus status,
    Optional<String> supersededBy,
    LocalDate date,
    String chosen,
    List<String> considered,
    String rationale,
    List<String> decisionMakers,
    List<String> consulted,
    List<String> informed,
    LocalDate reviewBy,
    String profileYaml,
    Baseline baseline) {
  /** Default time until a decision is reassessed, as the guide advises. */
  public static final int DEFAULT_REVIEW_MONTHS = 6;

  public Decision {
    if (id == null || id.isBlank() || chosen == null || chosen.isBlank()) {
      throw new IllegalArgumentException("a decision needs an id and a chosen framework");
    }
    if (!considered.contains(chosen)) {
      throw new IllegalArgumentException(
          "the chosen framework " + chosen + " must be among the options considered");
    }
    if (reviewBy.isBefore(date)) {
      throw new IllegalArgumentException("the review date must not be before the decision date");
    }
    if (status == DecisionStatus.SUPERSEDED && supersededBy.isEmpty()) {
      throw new IllegalArgumentException("a superseded decision names its successor");
    }
    considered = List.copyOf(considered);
    decisionMakers = List.copyOf(decisionMakers);
    consulted = List.copyOf(consulted);
    informed = List.copyOf(informed);
    rationale = rationale == null ? "" : rationale;
  }

  /** True when the review date has come. */
  public boolean dueForReview(LocalDate today) {
    return !today.isBefore(reviewBy);
  }
}
