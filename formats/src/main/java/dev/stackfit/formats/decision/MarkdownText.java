package dev.stackfit.formats.decision;

import dev.stackfit.core.text.VisibleText;

/**
 * User text (titles, rationale, comments, names) made inert in a Markdown document, as templates
 * escape HTML on pages: on one line, with every character that could start a link, an image, raw
 * HTML, an entity, emphasis, code, a table cell or a block written with a backslash escape, and
 * control characters and bidirectional overrides written visibly ({@code \u202e}).
 */
final class MarkdownText {
  /** ASCII punctuation that starts Markdown (CommonMark and GitHub) syntax anywhere in a line. */
  private static final String INLINE = "\\`*_[]<>!|~#&$";

  /** What starts a block (list, quote, heading underline) at the beginning of a line. */
  private static final String BLOCK = "-+=>";

  private MarkdownText() {}

  static String escape(String text) {
    String oneLine =
        text.replace("\r\n", " ")
            .replace('\r', ' ')
            .replace('\n', ' ')
            .replace('\u2028', ' ')
            .replace('\u2029', ' ')
            .replace('\t', ' ');
    StringBuilder out = new StringBuilder(oneLine.length() + 8);
    int[] codePoints = oneLine.codePoints().toArray();
    for (int i = 0; i < codePoints.length; i++) {
      int c = codePoints[i];
      if (VisibleText.isControl(c)) {
        out.append(String.format("\\u%04x", c));
      } else if (c < 0x80 && (INLINE.indexOf(c) >= 0 || (i == 0 && BLOCK.indexOf(c) >= 0))) {
        out.append('\\').append((char) c);
      } else if (c < 0x80 && (c == '.' || c == ')') && i > 0 && allDigits(codePoints, i)) {
        // "1. x" or "1) x" at the start would become an ordered list.
        out.append('\\').append((char) c);
      } else {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  private static boolean allDigits(int[] codePoints, int end) {
    for (int i = 0; i < end; i++) {
      if (codePoints[i] < '0' || codePoints[i] > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A value for the YAML front matter: as it is when it is plainly safe, else a double-quoted YAML
   * string with quotes, backslashes and control characters escaped, and angle brackets as HTML
   * entities for renderers that put front matter into a page unescaped.
   */
  static String yaml(String value) {
    if (value.matches("[\\p{L}\\p{N} ,.'-]*") && !value.startsWith("-") && !value.startsWith("'")) {
      return value;
    }
    StringBuilder out = new StringBuilder("\"");
    value
        .codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
              } else if (c == '<' || c == '>') {
                out.append(c == '<' ? "&lt;" : "&gt;");
              } else if (VisibleText.isControl(c)) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('"').toString();
  }
}
