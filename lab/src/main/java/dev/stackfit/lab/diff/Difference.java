package dev.stackfit.lab.diff;

/**
 * One way in which two answers to the same request differ.
 *
 * @param field what differs: {@code status}, {@code header location}, {@code body} (a body that is
 *     not JSON) or a JSON path such as {@code body.orders[2].totalCents}
 * @param left the value in the first answer, shortened; {@code (absent)} when it had none
 * @param right the value in the second answer, shortened; {@code (absent)} when it had none
 */
public record Difference(String field, String left, String right) {
  /** The field with array positions generalised ({@code body.orders[*].totalCents}). */
  public String pattern() {
    return pattern(field);
  }

  static String pattern(String field) {
    return field.replaceAll("\\[\\d+]", "[*]");
  }
}
