package dev.stackfit.formats.document;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects located problems of one document so that all of them are reported at once. */
public final class Problems {
  /** At most this many problems are reported; a broken file should not produce megabytes. */
  static final int MAX_REPORTED = 100;

  private static final int MAX_TEXT = 300;

  private final String source;
  private final List<Problem> found = new ArrayList<>();

  /** Starts with the problems the parser already found (duplicate keys). */
  public Problems(Document document) {
    this.source = document.source();
    found.addAll(document.problems());
  }

  public String source() {
    return source;
  }

  /** Records a problem at {@code node}'s position. */
  public void add(Node node, String path, String message) {
    add(node.line(), node.column(), path, message);
  }

  public void add(int line, int column, String path, String message) {
    found.add(new Problem(source, line, column, clip(path), clip(message)));
  }

  /** A value echoed in a message can be megabytes long; a reader needs its start. */
  private static String clip(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "... (cut)";
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** The problems in document order. */
  public List<Problem> list() {
    return found.stream()
        .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
        .toList();
  }

  /** Throws an {@link InvalidInputException} listing every problem, if there are any. */
  public void throwIfAny() {
    if (found.isEmpty()) {
      return;
    }
    List<Problem> all = list();
    if (all.size() <= MAX_REPORTED) {
      throw new InvalidInputException(all);
    }
    List<Problem> first = new ArrayList<>(all.subList(0, MAX_REPORTED));
    first.add(
        new Problem(
            source,
            0,
            0,
            "",
            (all.size() - MAX_REPORTED) + " more problems not listed; fix these first"));
    throw new InvalidInputException(first);
  }
}
