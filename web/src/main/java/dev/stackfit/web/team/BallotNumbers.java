package dev.stackfit.web.team;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.group.Ballot;
import java.util.Locale;

/**
 * The numbers of a ballot, read exactly: a rating of 3.9 or 4294967299 is refused, never truncated
 * or wrapped, with a message naming the framework, the criterion and the allowed range.
 */
final class BallotNumbers {
  static final int LOWEST = 1;
  static final int HIGHEST = 5;

  private BallotNumbers() {}

  /** Where a rating goes, in words: "the rating of Quarkus on scale fit". */
  static String rating(String framework, Criterion criterion) {
    return "the rating of " + framework + " on " + criterion.label().toLowerCase(Locale.ROOT);
  }

  /** Where an enjoyment answer goes: "how much you would enjoy Quarkus". */
  static String enjoyment(String framework) {
    return "how much you would enjoy " + framework;
  }

  /** Where a slider weight goes: "the weight of scale fit". */
  static String weight(Criterion criterion) {
    return "the weight of " + criterion.label().toLowerCase(Locale.ROOT);
  }

  /** A form field's whole number from 1 to 5. */
  static int oneToFive(String text, String what) {
    if (text.matches("[+-]?[0-9]{1,9}")) {
      int value = Integer.parseInt(text);
      if (value >= LOWEST && value <= HIGHEST) {
        return value;
      }
    }
    throw outOfRange(what, "a whole number from 1 to 5", "\"" + text + "\"");
  }

  /** A JSON value's whole number from 1 to 5. */
  static int oneToFive(JsonNode node, String what) {
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      int value = node.intValue();
      if (value >= LOWEST && value <= HIGHEST) {
        return value;
      }
    }
    throw outOfRange(what, "a whole number from 1 to 5", node.toString());
  }

  /** A form field's slider weight, 0 to 100. */
  static double weight(String text, String what) {
    try {
      double value = Double.parseDouble(text);
      if (value >= 0 && value <= Ballot.MAX_WEIGHT) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Refused below, with the value as it was sent.
    }
    throw outOfRange(what, "a number from 0 to 100", "\"" + text + "\"");
  }

  /** A JSON value's slider weight, 0 to 100. */
  static double weight(JsonNode node, String what) {
    if (node.isNumber() && node.doubleValue() >= 0 && node.doubleValue() <= Ballot.MAX_WEIGHT) {
      return node.doubleValue();
    }
    throw outOfRange(what, "a number from 0 to 100", node.toString());
  }

  private static RuntimeException outOfRange(String what, String range, String was) {
    return BallotJson.badBallot(what + " must be " + range + ", was " + was);
  }
}
