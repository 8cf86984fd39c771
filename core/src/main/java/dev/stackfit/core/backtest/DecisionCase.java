package dev.stackfit.core.backtest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A documented real framework decision (a profile's {@code case} block): what was chosen, when,
 * why, and where it is written down. {@code stackfit backtest} evaluates the profile as of {@link
 * #decided} and compares the ranking with {@link #chose}; {@code recommend} ignores it.
 *
 * @param decided the day the decision was made (or the middle of the period the source gives)
 * @param chose the catalog id of the framework the team chose
 * @param considered other catalog frameworks the source says were considered
 * @param sourceTitle title of the source
 * @param sourceUrl where the source can be read
 * @param published when the source was published, when known
 * @param reasons the reasons the source states
 * @param assumptions every profile value the source does not state, marked as such
 */
public record DecisionCase(
    LocalDate decided,
    String chose,
    List<String> considered,
    String sourceTitle,
    String sourceUrl,
    Optional<LocalDate> published,
    List<String> reasons,
    List<String> assumptions) {
  public DecisionCase {
    if (decided == null || chose == null || sourceTitle == null || sourceUrl == null) {
      throw new IllegalArgumentException("a case needs a date, a choice and a source");
    }
    considered = List.copyOf(considered);
    reasons = List.copyOf(reasons);
    assumptions = List.copyOf(assumptions);
  }
}
