package dev.stackfit.formats.document;

import dev.stackfit.core.Identified;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed access to one node at a field path. Each {@code as...} method returns the value, or reports
 * a located problem and returns empty.
 */
public final class ValueReader {
  private final Node node;
  private final String path;
  private final Problems problems;

  ValueReader(Node node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  public Node node() {
    return node;
  }

  public String path() {
    return path;
  }

  /** Reports {@code message} at this value. */
  public void report(String message) {
    problems.add(node, path, message);
  }

  /** True when the value is YAML's or JSON's null. */
  public boolean isNull() {
    return node instanceof ScalarNode s && s.kind() == ScalarKind.NULL;
  }

  /** Any scalar but null, as its text: {@code name: 2026} is the string "2026". */
  public Optional<String> asString() {
    if (node instanceof ScalarNode s && s.kind() != ScalarKind.NULL) {
      return Optional.of(s.text());
    }
    return wrongType("a string");
  }

  public Optional<Boolean> asBoolean() {
    if (node instanceof ScalarNode s && s.kind() == ScalarKind.BOOLEAN) {
      return Optional.of(s.text().equalsIgnoreCase("true"));
    }
    return wrongType("true or false");
  }

  /** A whole number in {@code min..max}. */
  public Optional<Long> asLong(long min, long max) {
    if (!(node instanceof ScalarNode s && s.kind() == ScalarKind.INTEGER)) {
      return wrongType("an integer");
    }
    BigInteger value = parseInteger(s.text());
    if (value.compareTo(BigInteger.valueOf(min)) < 0
        || value.compareTo(BigInteger.valueOf(max)) > 0) {
      report(value + " is out of range " + min + ".." + max);
      return Optional.empty();
    }
    return Optional.of(value.longValue());
  }

  public Optional<Integer> asInt(int min, int max) {
    return asLong(min, max).map(Long::intValue);
  }

  /** A finite number (integer or decimal) in {@code min..max}. */
  public Optional<Double> asNumber(double min, double max) {
    if (!(node instanceof ScalarNode s
        && (s.kind() == ScalarKind.INTEGER || s.kind() == ScalarKind.FLOAT))) {
      return wrongType("a number");
    }
    double value =
        s.kind() == ScalarKind.INTEGER
            ? parseInteger(s.text()).doubleValue()
            : parseFloat(s.text());
    if (!Double.isFinite(value)) {
      report("expected a finite number, got " + s.text());
      return Optional.empty();
    }
    if (value < min || value > max) {
      report(s.text() + " is out of range " + format(min) + ".." + format(max));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** An ISO date, {@code YYYY-MM-DD}. */
  public Optional<LocalDate> asDate() {
    Optional<String> text = asString();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.get()));
    } catch (DateTimeParseException e) {
      report('"' + text.get() + "\" is not a date (YYYY-MM-DD)");
      return Optional.empty();
    }
  }

  /** The constant of {@code type} with this id. */
  public <E extends Enum<E> & Identified> Optional<E> asId(Class<E> type) {
    Optional<String> text = asString();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<E> value = Identified.byId(type, text.get());
    if (value.isEmpty()) {
      report(Identified.notOneOf(type, text.get()));
    }
    return value;
  }

  public Optional<MappingReader> asMapping() {
    if (node instanceof MappingNode mapping) {
      return Optional.of(new MappingReader(mapping, path, problems));
    }
    return wrongType("a mapping");
  }

  /** The items of a list, each with its indexed path ({@code skills[0]}). */
  public Optional<List<ValueReader>> asItems() {
    if (!(node instanceof SequenceNode sequence)) {
      return wrongType("a list");
    }
    List<ValueReader> items = new ArrayList<>();
    for (Node item : sequence.items()) {
      items.add(new ValueReader(item, path + "[" + items.size() + "]", problems));
    }
    return Optional.of(items);
  }

  /** A list read item by item; items that fail are reported and left out. */
  public <T> Optional<List<T>> asList(Function<ValueReader, Optional<T>> item) {
    return asItems().map(items -> items.stream().flatMap(v -> item.apply(v).stream()).toList());
  }

  /** A list of distinct ids; a repeated id is reported. */
  public <E extends Enum<E> & Identified> Optional<List<E>> asIds(Class<E> type) {
    Set<E> seen = new HashSet<>();
    return asList(
        v ->
            v.asId(type)
                .filter(
                    id -> {
                      if (!seen.add(id)) {
                        v.report('"' + id.id() + "\" is listed twice");
                      }
                      return true;
                    }));
  }

  private <T> Optional<T> wrongType(String expected) {
    report("expected " + expected + ", got " + node.describe());
    return Optional.empty();
  }

  private static BigInteger parseInteger(String text) {
    String digits = text.startsWith("+") ? text.substring(1) : text;
    if (digits.startsWith("0x")) {
      return new BigInteger(digits.substring(2), 16);
    } else if (digits.startsWith("0o")) {
      return new BigInteger(digits.substring(2), 8);
    }
    return new BigInteger(digits);
  }

  private static double parseFloat(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".nan")) {
      return Double.NaN;
    } else if (lower.endsWith(".inf")) {
      return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return Double.parseDouble(text);
  }

  /** Formats a bound without a needless ".0": 1 stays 1, 0.5 stays 0.5. */
  static String format(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
