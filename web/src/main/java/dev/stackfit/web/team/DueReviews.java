package dev.stackfit.web.team;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/**
 * Accepted decisions the signed-in person can see whose review date has come, for the home page.
 */
public final class DueReviews {
  static final String ATTRIBUTE = "stackfit.dueReviews";

  private DueReviews() {}

  /**
   * One decision due for review.
   *
   * @param id decision id (its page is {@code /decisions/ID})
   * @param title the decision's title
   * @param reviewBy the review date that has passed
   */
  public record Due(String id, String title, LocalDate reviewBy) {}

  /** The due decisions found for this request; empty without a signed-in account. */
  public static List<Due> of(Context ctx) {
    List<Due> due = ctx.attribute(ATTRIBUTE);
    return due == null ? List.of() : due;
  }
}
