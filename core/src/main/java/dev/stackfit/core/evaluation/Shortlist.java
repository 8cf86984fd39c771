package dev.stackfit.core.evaluation;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;

/**
 * The two or three leading candidates of an evaluation, by framework id, best first; fewer only
 * when fewer passed the constraints.
 *
 * @param ids distinct framework ids, at most three
 */
public record Shortlist(List<String> ids) implements Iterable<String> {
  /** The most candidates a shortlist holds. */
  public static final int MAX = 3;

  public Shortlist {
    ids = List.copyOf(ids);
    if (ids.size() > MAX) {
      throw new IllegalArgumentException("a shortlist has at most " + MAX + " ids, got " + ids);
    }
    if (new HashSet<>(ids).size() != ids.size()) {
      throw new IllegalArgumentException("a shortlist names each framework once, got " + ids);
    }
  }

  /** True when {@code frameworkId} is on the shortlist. */
  public boolean contains(String frameworkId) {
    return ids.contains(frameworkId);
  }

  public int size() {
    return ids.size();
  }

  public boolean isEmpty() {
    return ids.isEmpty();
  }

  @Override
  public Iterator<String> iterator() {
    return ids.iterator();
  }
}
