package dev.stackfit.core;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A closed set member with a stable kebab-case id used in files, JSON and command lines. */
public interface Identified {
  /** The stable external id, for example {@code "event-loop"}. */
  String id();

  /** Finds the constant of {@code type} whose id is {@code id}. */
  static <E extends Enum<E> & Identified> Optional<E> byId(Class<E> type, String id) {
    for (E constant : type.getEnumConstants()) {
      if (constant.id().equals(id)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /** All ids of {@code type}, comma separated, for messages such as "is not one of ...". */
  static <E extends Enum<E> & Identified> String allIds(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Identified::id)
        .collect(Collectors.joining(", "));
  }
}
