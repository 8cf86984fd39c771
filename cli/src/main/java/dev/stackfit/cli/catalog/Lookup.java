package dev.stackfit.cli.catalog;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import java.util.ArrayList;
import java.util.List;

/** Finds frameworks by id, reporting every unknown id with the ids that exist. */
final class Lookup {
  private Lookup() {}

  static List<Framework> all(Catalog catalog, List<String> ids) {
    List<Framework> found = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String id : ids) {
      catalog
          .find(id)
          .ifPresentOrElse(
              found::add,
              () ->
                  problems.add(
                      new Problem(
                          "arguments",
                          0,
                          0,
                          "",
                          "unknown framework id \""
                              + id
                              + "\"; known ids: "
                              + String.join(
                                  " ",
                                  catalog.frameworks().stream().map(Framework::id).toList()))));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return found;
  }
}
