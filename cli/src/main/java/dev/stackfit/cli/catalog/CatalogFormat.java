package dev.stackfit.cli.catalog;

/** Output formats of the catalog commands. */
enum CatalogFormat {
  text,
  json,
  markdown
}
