package dev.stackfit.catalog;

import dev.stackfit.formats.document.ValueReader;

/** A value read from a catalog file, with where it was written, for the validator's messages. */
record Located<T>(T value, int line, int column, String path) {
  static <T> Located<T> at(ValueReader reader, T value) {
    return new Located<>(value, reader.node().line(), reader.node().column(), reader.path());
  }
}
