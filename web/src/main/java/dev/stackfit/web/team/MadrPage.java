package dev.stackfit.web.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A decision record's Markdown (what {@code MadrWriter} writes) as blocks a template renders: front
 * matter, headings, paragraphs and bullet lists, with bold and code spans. Nothing here is HTML:
 * every piece of text is escaped by the template, so user text stays inert; Markdown escapes and
 * the entities the writer uses to keep markup out read as the characters they stand for.
 *
 * @param frontMatter the YAML front matter's fields, in order ("status", "accepted")
 * @param blocks the body
 */
record MadrPage(List<Map.Entry<String, String>> frontMatter, List<Block> blocks) {
  /** Inline text: plain, bold or code. */
  record Span(String text, boolean bold, boolean code) {}

  /**
   * One block: {@code h} (a heading of {@code level} 1 to 6), {@code p} (a paragraph) or {@code ul}
   * (a list, one line per item).
   */
  record Block(String kind, int level, List<List<Span>> lines) {}

  static MadrPage parse(String markdown) {
    List<String> lines = markdown.lines().toList();
    List<Map.Entry<String, String>> front = new ArrayList<>();
    int i = 0;
    if (!lines.isEmpty() && lines.get(0).equals("---")) {
      for (i = 1; i < lines.size() && !lines.get(i).equals("---"); i++) {
        String line = lines.get(i);
        int colon = line.indexOf(':');
        if (colon > 0) {
          front.add(Map.entry(line.substring(0, colon).strip(), value(line.substring(colon + 1))));
        }
      }
      i++;
    }
    List<Block> blocks = new ArrayList<>();
    List<List<Span>> items = new ArrayList<>();
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("* ") || line.startsWith("- ")) {
        items.add(inline(line.substring(2)));
        continue;
      }
      if (!items.isEmpty()) {
        blocks.add(new Block("ul", 0, List.copyOf(items)));
        items.clear();
      }
      int level = headingLevel(line);
      if (level > 0) {
        blocks.add(new Block("h", level, List.of(inline(line.substring(level + 1)))));
      } else if (!line.isBlank()) {
        blocks.add(new Block("p", 0, List.of(inline(line))));
      }
    }
    if (!items.isEmpty()) {
      blocks.add(new Block("ul", 0, List.copyOf(items)));
    }
    return new MadrPage(List.copyOf(front), List.copyOf(blocks));
  }

  /**
   * A front matter value as a reader reads it: a YAML double-quoted value unquoted (its escaped
   * quotes and backslashes read as themselves; the escapes of control characters stay visible as
   * the writer meant them), the entities the writer used to keep markup out decoded (the template
   * escapes it again), and YAML's empty list as "none".
   */
  static String value(String raw) {
    String value = raw.strip();
    if (value.equals("[]")) {
      return "none";
    }
    boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
    if (quoted) {
      value = value.substring(1, value.length() - 1);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '&') {
        i = entity(value, i, out);
      } else if (quoted
          && c == '\\'
          && i + 1 < value.length()
          && "\"\\".indexOf(value.charAt(i + 1)) >= 0) {
        out.append(value.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int headingLevel(String line) {
    int level = 0;
    while (level < line.length() && level < 6 && line.charAt(level) == '#') {
      level++;
    }
    return level > 0 && line.length() > level && line.charAt(level) == ' ' ? level : 0;
  }

  /** Splits a line into plain, bold ({@code **x**}) and code ({@code `x`}) spans. */
  static List<Span> inline(String text) {
    List<Span> spans = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    boolean bold = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && isPunctuation(text.charAt(i + 1))) {
        plain.append(text.charAt(++i));
      } else if (c == '`' && text.indexOf('`', i + 1) > i) {
        int end = text.indexOf('`', i + 1);
        flush(spans, plain, bold);
        spans.add(new Span(text.substring(i + 1, end), false, true));
        i = end;
      } else if (c == '*' && text.startsWith("**", i)) {
        flush(spans, plain, bold);
        bold = !bold;
        i++;
      } else if (c == '&') {
        i = entity(text, i, plain);
      } else {
        plain.append(c);
      }
    }
    flush(spans, plain, bold);
    return List.copyOf(spans);
  }

  private static void flush(List<Span> spans, StringBuilder plain, boolean bold) {
    if (!plain.isEmpty()) {
      spans.add(new Span(plain.toString(), bold, false));
      plain.setLength(0);
    }
  }

  /** Appends the character an entity at {@code at} stands for; returns where parsing goes on. */
  private static int entity(String text, int at, StringBuilder out) {
    int end = text.indexOf(';', at);
    String name = end > at && end - at <= 8 ? text.substring(at + 1, end) : "";
    String value =
        switch (name) {
          case "lt" -> "<";
          case "gt" -> ">";
          case "amp" -> "&";
          case "quot" -> "\"";
          case "apos", "#39" -> "'";
          default -> numeric(name);
        };
    if (value.isEmpty()) {
      out.append('&');
      return at;
    }
    out.append(value);
    return end;
  }

  private static String numeric(String name) {
    if (!name.matches("#[0-9]{1,6}")) {
      return "";
    }
    int code = Integer.parseInt(name.substring(1));
    return Character.isValidCodePoint(code) && code >= 32 ? Character.toString(code) : "";
  }

  private static boolean isPunctuation(char c) {
    return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }
}
