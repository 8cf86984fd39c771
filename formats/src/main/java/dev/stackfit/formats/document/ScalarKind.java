package dev.stackfit.formats.document;

/** What a scalar resolved to under the YAML 1.2 core schema (or JSON's own token types). */
public enum ScalarKind {
  STRING,
  INTEGER,
  FLOAT,
  BOOLEAN,
  NULL
}
