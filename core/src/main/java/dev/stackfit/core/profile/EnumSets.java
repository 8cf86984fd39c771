package dev.stackfit.core.profile;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Immutable enum sets that iterate in declaration order, so output never depends on hashing. */
final class EnumSets {
  private EnumSets() {}

  static <E extends Enum<E>> Set<E> copy(Class<E> type, Collection<E> values) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    copy.addAll(values);
    return Collections.unmodifiableSet(copy);
  }
}
