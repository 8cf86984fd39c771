package dev.stackfit.formats.document;

/** A node of a parsed YAML or JSON document, located at the 1-based line and column it starts. */
public sealed interface Node permits MappingNode, SequenceNode, ScalarNode {
  int line();

  int column();

  /** A short phrase for "expected ..., got ___" messages. */
  String describe();
}
