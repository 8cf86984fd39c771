package dev.stackfit.catalog.refresh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.formats.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Validators (ETag, Last-Modified) and bodies of earlier responses, so that a refresh can ask
 * "changed since?" and reuse the body on 304. A damaged cache file is ignored, never fatal.
 */
final class ConditionalCache {
  /** One cached response. */
  record Entry(String etag, String lastModified, String body) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Optional<Path> file;
  private final Map<String, Entry> entries = new TreeMap<>();

  private ConditionalCache(Optional<Path> file) {
    this.file = file;
  }

  /** A cache kept in memory only. */
  static ConditionalCache inMemory() {
    return new ConditionalCache(Optional.empty());
  }

  /** The cache stored in {@code file}; empty when the file is missing or unreadable. */
  static ConditionalCache load(Path file) {
    ConditionalCache cache = new ConditionalCache(Optional.of(file));
    try {
      if (Files.isRegularFile(file)) {
        JsonNode root = JSON.readTree(file.toFile());
        root.properties()
            .forEach(
                e ->
                    cache.entries.put(
                        e.getKey(),
                        new Entry(
                            text(e.getValue(), "etag"),
                            text(e.getValue(), "lastModified"),
                            text(e.getValue(), "body"))));
      }
    } catch (IOException e) {
      cache.entries.clear();
    }
    return cache;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  Optional<Entry> get(String url) {
    return Optional.ofNullable(entries.get(url)).filter(e -> e.body() != null);
  }

  void put(String url, String etag, String lastModified, String body) {
    if (etag != null || lastModified != null) {
      entries.put(url, new Entry(etag, lastModified, body));
    }
  }

  /** Writes the cache through a temporary file, so a crash leaves the old one intact. */
  void save() throws IOException {
    if (file.isEmpty()) {
      return;
    }
    ObjectNode root = JSON.createObjectNode();
    entries.forEach(
        (url, e) -> {
          ObjectNode node = root.putObject(url);
          node.put("etag", e.etag());
          node.put("lastModified", e.lastModified());
          node.put("body", e.body());
        });
    Path target = file.get().toAbsolutePath();
    Files.createDirectories(target.getParent());
    AtomicFiles.write(
        Map.of(target, JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8)));
  }
}
