package dev.stackfit.catalog;

import dev.stackfit.core.Problem;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The fixture catalogs under src/test/resources/catalogs, each breaking one rule. */
final class CatalogFixtures {
  /** The validation day the fixtures are written against. */
  static final LocalDate TODAY = LocalDate.of(2026, 2, 1);

  private CatalogFixtures() {}

  static Path catalog(String name) {
    try {
      return Path.of(CatalogFixtures.class.getResource("/catalogs/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Problems as {@code file:line:column: path: message} with the file name only. */
  static List<String> brief(List<Problem> problems) {
    return problems.stream()
        .map(
            p ->
                new Problem(
                        Path.of(p.source()).getFileName().toString(),
                        p.line(),
                        p.column(),
                        p.path(),
                        p.message())
                    .toString())
        .toList();
  }

  static ValidationReport validate(String name) {
    return new CatalogValidator().validate(catalog(name), TODAY);
  }
}
