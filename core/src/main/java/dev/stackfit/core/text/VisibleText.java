package dev.stackfit.core.text;

/**
 * Text typed by people, shown where a control character could do harm: a terminal (escape codes
 * that clear the screen, line breaks that forge log lines) or a page and a document (bidirectional
 * overrides that reverse what follows). Such characters are refused in account names and written as
 * visible escapes everywhere else.
 */
public final class VisibleText {
  private VisibleText() {}

  /**
   * True for characters that change how surrounding text is shown rather than being shown: C0 and
   * C1 controls (line breaks, escape), the line and paragraph separators, and the bidirectional
   * marks, embeddings, overrides and isolates.
   */
  public static boolean isControl(int codePoint) {
    return Character.isISOControl(codePoint)
        || codePoint == 0x2028
        || codePoint == 0x2029
        || codePoint == 0x061C
        || codePoint == 0x200E
        || codePoint == 0x200F
        || (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }

  /** True when {@code text} has any character {@link #isControl} refuses. */
  public static boolean hasControl(String text) {
    return text != null && text.codePoints().anyMatch(VisibleText::isControl);
  }

  /**
   * The text with every control character written as an escape ({@code \n}, {@code \r}, {@code \t},
   * else {@code \}{@code u} and four hex digits) and backslashes doubled, so that an escape typed
   * by someone cannot pass for one made here. Text without either comes back as it is.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    if (text.indexOf('\\') < 0 && !hasControl(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                  if (isControl(c)) {
                    out.append(String.format("\\u%04x", c));
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }
}
