package dev.stackfit.formats.document;

import java.util.List;

/**
 * A mapping with string keys in document order; duplicate keys were dropped (and reported) while
 * parsing, so every key here is unique.
 */
public record MappingNode(List<Entry> entries, int line, int column) implements Node {
  public MappingNode {
    entries = List.copyOf(entries);
  }

  /** One key with its own location and its value. */
  public record Entry(String key, int line, int column, Node value) {}

  @Override
  public String describe() {
    return "a mapping";
  }
}
