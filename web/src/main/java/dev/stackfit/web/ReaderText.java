package dev.stackfit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Catalog text as the framework pages show it: what a fact note says about the framework, without
 * the remarks catalog maintainers keep for each other (which copy of a README was read, what was
 * not checked, at which commit), and with {@code `code`} shown as code rather than backticks.
 */
final class ReaderText {
  /** A clause about the research behind a fact rather than about the framework. */
  private static final Pattern RESEARCH =
      Pattern.compile(
          "stored (copy|readme|composer)|not in the material|(was|were) (also )?read\\b"
              + "|(was|were) not (opened|checked|read)|\\bnot checked\\b|\\bnot opened\\b",
          Pattern.CASE_INSENSITIVE);

  /** Where a maintainer noted the document read before what it says: "README checked: ". */
  private static final Pattern SOURCE_PREFIX =
      Pattern.compile(
          "^(judgment resting on the readme|readme|docs|guide|gemspec|identity doc|ef core docs"
              + "|security\\.md at [0-9a-f]{7,40})( checked)?: ",
          Pattern.CASE_INSENSITIVE);

  /** "swagger-jsdoc README: what it does" reads as "swagger-jsdoc: what it does". */
  private static final Pattern NAMED_README =
      Pattern.compile("^(\\S+) readme( checked)?: ", Pattern.CASE_INSENSITIVE);

  /** A commit or "checked" remark in parentheses, or a commit a sentence is dated by. */
  private static final Pattern COMMIT =
      Pattern.compile(
          "\\s*\\((endoflife\\.date at [0-9a-f]{7,40}|api docs checked|readme)\\)"
              + "|\\bat [0-9a-f]{7,40}(:| )\\s*",
          Pattern.CASE_INSENSITIVE);

  private ReaderText() {}

  /** A piece of text, code or not. */
  record Piece(String text, boolean code) {}

  /** The note without maintainers' research remarks; "" when nothing is left for a reader. */
  static String note(String note) {
    List<String> kept = new ArrayList<>();
    for (String clause : note.strip().split(";\\s+")) {
      String text = SOURCE_PREFIX.matcher(clause.strip()).replaceFirst("");
      text = NAMED_README.matcher(text).replaceFirst("$1: ");
      text = COMMIT.matcher(text).replaceAll(" ").strip();
      if (!text.isEmpty() && !RESEARCH.matcher(text).find()) {
        kept.add(text);
      }
    }
    String joined = String.join("; ", kept);
    return joined.isEmpty()
        ? ""
        : joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1);
  }

  /** The text split where backticks mark code; the backticks themselves are not shown. */
  static List<Piece> pieces(String text) {
    List<Piece> pieces = new ArrayList<>();
    String[] parts = text.split("`", -1);
    boolean closed = parts.length % 2 == 1;
    for (int i = 0; i < parts.length; i++) {
      boolean code = i % 2 == 1 && (closed || i < parts.length - 1);
      if (!parts[i].isEmpty()) {
        pieces.add(new Piece(code || closed || i % 2 == 0 ? parts[i] : "`" + parts[i], code));
      }
    }
    return pieces;
  }
}
