package dev.stackfit.core;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A closed set member with a stable kebab-case id used in files, JSON and command lines. The
 * lookups below are the one way an id is read back, wherever it comes from.
 */
public interface Identified {
  /** The stable external id, for example {@code "event-loop"}. */
  String id();

  /** Finds the constant of {@code type} whose id is {@code id}; empty for an unknown or null id. */
  static <E extends Enum<E> & Identified> Optional<E> byId(Class<E> type, String id) {
    for (E constant : type.getEnumConstants()) {
      if (constant.id().equals(id)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /**
   * The constant of {@code type} whose id is {@code id}, for ids stackfit wrote itself (a stored
   * role, say): an unknown one is a broken invariant, not bad input.
   *
   * @throws IllegalArgumentException when no constant has that id
   */
  static <E extends Enum<E> & Identified> E of(Class<E> type, String id) {
    return byId(type, id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    type.getSimpleName() + ": " + notOneOf(type, String.valueOf(id))));
  }

  /** All ids of {@code type}, comma separated, for messages such as "is not one of ...". */
  static <E extends Enum<E> & Identified> String allIds(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Identified::id)
        .collect(Collectors.joining(", "));
  }

  /** The message for an unknown id: {@code "guru" is not one of none, basic, working, expert}. */
  static <E extends Enum<E> & Identified> String notOneOf(Class<E> type, String id) {
    return '"' + id + "\" is not one of " + allIds(type);
  }
}
