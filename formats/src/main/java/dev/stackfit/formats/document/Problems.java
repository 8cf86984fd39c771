package dev.stackfit.formats.document;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects located problems of one document so that all of them are reported at once. */
public final class Problems {
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
    found.add(new Problem(source, line, column, path, message));
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
    if (!found.isEmpty()) {
      throw new InvalidInputException(list());
    }
  }
}
