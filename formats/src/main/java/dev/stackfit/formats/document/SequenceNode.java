package dev.stackfit.formats.document;

import java.util.List;

/** A list of nodes. */
public record SequenceNode(List<Node> items, int line, int column) implements Node {
  public SequenceNode {
    items = List.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
