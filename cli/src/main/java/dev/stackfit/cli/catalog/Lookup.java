package dev.stackfit.cli.catalog;

import dev.stackfit.core.BadInputException;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds frameworks by id; an unknown id is bad input that suggests the id meant. */
final class Lookup {
  private Lookup() {}

  static List<Framework> all(Catalog catalog, List<String> ids) {
    List<Framework> found = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String id : ids) {
      catalog
          .find(id)
          .ifPresentOrElse(
              found::add, () -> unknown.add("\"" + id + "\"" + suggestion(catalog, id)));
    }
    if (!unknown.isEmpty()) {
      throw new BadInputException(
          (unknown.size() == 1 ? "unknown framework id " : "unknown framework ids ")
              + String.join(", ", unknown)
              + "; 'stackfit catalog list' shows every id");
    }
    return found;
  }

  /** " (did you mean "django"?)" for the closest id or name, or "" when none is close. */
  static String suggestion(Catalog catalog, String typed) {
    String wanted = typed.toLowerCase(Locale.ROOT);
    Optional<Framework> closest =
        catalog.frameworks().stream()
            .filter(f -> distance(wanted, f) <= Math.max(1, wanted.length() / 3))
            .min(
                Comparator.comparingInt((Framework f) -> distance(wanted, f))
                    .thenComparing(Framework::id));
    return closest.map(f -> " (did you mean \"" + f.id() + "\"?)").orElse("");
  }

  /** How far {@code typed} is from the framework's id or name, whichever is nearer. */
  private static int distance(String typed, Framework f) {
    String name = f.name().toLowerCase(Locale.ROOT);
    if (f.id().startsWith(typed) || name.startsWith(typed)) {
      return typed.length() >= 3 ? 1 : Integer.MAX_VALUE;
    }
    return Math.min(edits(typed, f.id()), edits(typed, name));
  }

  /** Levenshtein distance, with a swap of two neighbours counted as one edit. */
  static int edits(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
