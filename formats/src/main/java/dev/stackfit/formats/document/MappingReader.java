package dev.stackfit.formats.document;

import dev.stackfit.core.Identified;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed access to the keys of one mapping. Every key asked for becomes an expected key; {@link
 * #rejectUnknownKeys()} then reports the others. Problems are collected, never thrown.
 */
public final class MappingReader {
  private final MappingNode node;
  private final String path;
  private final Problems problems;
  private final Set<String> expected = new LinkedHashSet<>();

  MappingReader(MappingNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /** The document's root, when it is a mapping; otherwise reports that and returns empty. */
  public static Optional<MappingReader> root(Document document, Problems problems) {
    return new ValueReader(document.root(), "", problems).asMapping();
  }

  public MappingNode node() {
    return node;
  }

  public String path() {
    return path;
  }

  public Problems problems() {
    return problems;
  }

  /** The value under {@code key}; empty when absent or null. */
  public Optional<ValueReader> optional(String key) {
    expected.add(key);
    return entry(key)
        .filter(e -> !isNull(e.value()))
        .map(e -> new ValueReader(e.value(), childPath(key), problems));
  }

  /** The value under {@code key}; reports "is required" when absent or null. */
  public Optional<ValueReader> required(String key) {
    Optional<ValueReader> value = optional(key);
    if (value.isEmpty()) {
      problems.add(node, childPath(key), "is required");
    }
    return value;
  }

  /** Declares keys that are valid here without reading them. */
  public void expect(String... keys) {
    expected.addAll(List.of(keys));
  }

  /** True when {@code key} is present with a non-null value. */
  public boolean has(String key) {
    return entry(key).filter(e -> !isNull(e.value())).isPresent();
  }

  private static boolean isNull(Node value) {
    return value instanceof ScalarNode s && s.kind() == ScalarKind.NULL;
  }

  public String childPath(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Reports each key that was neither read nor declared, naming the expected ones. */
  public void rejectUnknownKeys() {
    for (MappingNode.Entry entry : node.entries()) {
      if (!expected.contains(entry.key())) {
        String message =
            expected.isEmpty()
                ? "unknown key; this mapping takes no keys"
                : "unknown key; expected one of " + String.join(", ", expected);
        problems.add(entry.line(), entry.column(), childPath(entry.key()), message);
      }
    }
  }

  /**
   * Every entry, with keys that must be ids of {@code type}; bad keys are reported at the key and
   * left out.
   */
  public <E extends Enum<E> & Identified> Map<E, ValueReader> byIdKeys(Class<E> type) {
    Map<E, ValueReader> result = new LinkedHashMap<>();
    for (MappingNode.Entry entry : node.entries()) {
      expected.add(entry.key());
      Optional<E> id = Identified.byId(type, entry.key());
      if (id.isEmpty()) {
        problems.add(
            entry.line(),
            entry.column(),
            childPath(entry.key()),
            Identified.notOneOf(type, entry.key()));
      } else {
        result.put(id.get(), new ValueReader(entry.value(), childPath(entry.key()), problems));
      }
    }
    return result;
  }

  /** Every entry in document order, for mappings whose keys are data rather than field names. */
  public List<Map.Entry<String, ValueReader>> entries() {
    List<Map.Entry<String, ValueReader>> result = new ArrayList<>();
    for (MappingNode.Entry entry : node.entries()) {
      expected.add(entry.key());
      result.add(
          Map.entry(entry.key(), new ValueReader(entry.value(), childPath(entry.key()), problems)));
    }
    return result;
  }

  /** An optional string, or {@code fallback}. */
  public String string(String key, String fallback) {
    return optional(key).flatMap(ValueReader::asString).orElse(fallback);
  }

  /** An optional integer in {@code min..max}, or {@code fallback} when absent or wrong. */
  public int integer(String key, int min, int max, int fallback) {
    return optional(key).flatMap(v -> v.asInt(min, max)).orElse(fallback);
  }

  /** An optional number in {@code min..max}, or {@code fallback} when absent or wrong. */
  public double number(String key, double min, double max, double fallback) {
    return optional(key).flatMap(v -> v.asNumber(min, max)).orElse(fallback);
  }

  public boolean bool(String key, boolean fallback) {
    return optional(key).flatMap(ValueReader::asBoolean).orElse(fallback);
  }

  /** An optional id of {@code type}, or {@code fallback}. */
  public <E extends Enum<E> & Identified> E id(String key, Class<E> type, E fallback) {
    return optional(key).flatMap(v -> v.asId(type)).orElse(fallback);
  }

  /** An optional list of ids of {@code type}; empty when absent. */
  public <E extends Enum<E> & Identified> List<E> ids(String key, Class<E> type) {
    return optional(key).flatMap(v -> v.asIds(type)).orElse(List.of());
  }

  /** An optional list whose items are read by {@code item}; items that fail are left out. */
  public <T> List<T> list(String key, Function<ValueReader, Optional<T>> item) {
    return optional(key).flatMap(v -> v.asList(item)).orElse(List.of());
  }

  /** An optional nested mapping. */
  public Optional<MappingReader> mapping(String key) {
    return optional(key).flatMap(ValueReader::asMapping);
  }

  private Optional<MappingNode.Entry> entry(String key) {
    return node.entries().stream().filter(e -> e.key().equals(key)).findFirst();
  }
}
