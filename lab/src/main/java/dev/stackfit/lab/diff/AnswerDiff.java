package dev.stackfit.lab.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares two answers to one request: the status, the chosen headers and the body, JSON bodies
 * structurally (key order ignored, numbers by value, arrays by position), other bodies as text.
 */
final class AnswerDiff {
  /** Differences kept per pair of answers; the rest would only repeat the point. */
  static final int MAX_PER_PAIR = 50;

  static final String ABSENT = "(absent)";
  private static final int SHOWN = 120;
  private static final ObjectMapper JSON = new ObjectMapper();

  private AnswerDiff() {}

  static List<Difference> compare(Answer left, Answer right) {
    List<Difference> found = new ArrayList<>();
    if (left.status() != right.status()) {
      found.add(
          new Difference("status", String.valueOf(left.status()), String.valueOf(right.status())));
    }
    TreeSet<String> names = new TreeSet<>(left.headers().keySet());
    names.addAll(right.headers().keySet());
    for (String name : names) {
      String a = left.headers().getOrDefault(name, ABSENT);
      String b = right.headers().getOrDefault(name, ABSENT);
      if (!a.equals(b)) {
        found.add(new Difference("header " + name, shorten(a), shorten(b)));
      }
    }
    Optional<JsonNode> a = left.isJson() ? json(left.body()) : Optional.empty();
    Optional<JsonNode> b = right.isJson() ? json(right.body()) : Optional.empty();
    if (a.isPresent() && b.isPresent()) {
      tree("body", a.get(), b.get(), found);
    } else if (!left.body().equals(right.body())) {
      int at = firstDifference(left.body(), right.body());
      found.add(new Difference("body", around(left.body(), at), around(right.body(), at)));
    }
    return found.size() > MAX_PER_PAIR ? List.copyOf(found.subList(0, MAX_PER_PAIR)) : found;
  }

  private static Optional<JsonNode> json(String text) {
    try {
      return Optional.ofNullable(JSON.readTree(text));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private static void tree(String path, JsonNode a, JsonNode b, List<Difference> found) {
    if (found.size() >= MAX_PER_PAIR) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      a.fieldNames().forEachRemaining(keys::add);
      b.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        child(path + "." + key, a.get(key), b.get(key), found);
      }
    } else if (a.isArray() && b.isArray()) {
      for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
        child(path + "[" + i + "]", a.get(i), b.get(i), found);
      }
    } else if (!same(a, b)) {
      found.add(new Difference(path, shorten(a.toString()), shorten(b.toString())));
    }
  }

  private static void child(String path, JsonNode a, JsonNode b, List<Difference> found) {
    if (a == null || b == null) {
      found.add(
          new Difference(
              path,
              a == null ? ABSENT : shorten(a.toString()),
              b == null ? ABSENT : shorten(b.toString())));
    } else {
      tree(path, a, b, found);
    }
  }

  private static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  private static int firstDifference(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  /** The text around position {@code at}, where two bodies start to differ. */
  static String around(String text, int at) {
    int from = Math.max(0, at - 30);
    int to = Math.min(text.length(), at + 50);
    String excerpt =
        (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    String flat = excerpt.replaceAll("\\s+", " ");
    return at == 0 ? flat : "at character " + at + ": " + flat;
  }

  static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= SHOWN ? flat : flat.substring(0, SHOWN - 1) + "…";
  }

  /** Header names, lower case, from the user's list. */
  static List<String> headerNames(List<String> names) {
    return names.stream().map(n -> n.strip().toLowerCase(java.util.Locale.ROOT)).toList();
  }

  /** The compared headers of a response, from all of its headers. */
  static Map<String, String> chosen(Map<String, List<String>> all, List<String> names) {
    Map<String, String> chosen = new java.util.TreeMap<>();
    all.forEach(
        (name, values) -> {
          String lower = name.toLowerCase(java.util.Locale.ROOT);
          if (names.contains(lower)) {
            chosen.put(lower, String.join(", ", values));
          }
        });
    return chosen;
  }
}
