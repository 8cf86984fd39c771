package dev.stackfit.formats.report;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps text for the terminal report. */
final class Wrap {
  private Wrap() {}

  /**
   * Lines of at most {@code width} characters; the first starts with {@code first}, the rest with
   * {@code rest}.
   */
  static List<String> lines(String text, int width, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!empty && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    lines.add(line.toString());
    return lines;
  }
}
