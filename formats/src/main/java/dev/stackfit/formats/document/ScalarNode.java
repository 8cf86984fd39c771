package dev.stackfit.formats.document;

/**
 * A single value as written: {@code text} is the source text (without quotes) and {@code kind} is
 * how YAML's core schema or JSON typed it.
 */
public record ScalarNode(String text, ScalarKind kind, int line, int column) implements Node {
  public ScalarNode {
    if (text == null || kind == null) {
      throw new IllegalArgumentException("a scalar needs text and a kind");
    }
  }

  @Override
  public String describe() {
    return switch (kind) {
      case STRING -> '"' + text + '"';
      case NULL -> "null";
      default -> text;
    };
  }
}
