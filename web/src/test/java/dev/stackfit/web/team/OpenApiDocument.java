package dev.stackfit.web.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The served OpenAPI description, as a test reads it: finds the operation a real request hit and
 * checks the real answer against what it documents (status, media type, JSON Schema 2020-12).
 */
final class OpenApiDocument {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final JsonNode doc;

  private OpenApiDocument(JsonNode doc) {
    this.doc = doc;
  }

  static OpenApiDocument bundled() {
    try (InputStream in =
        OpenApiDocument.class.getResourceAsStream("/dev/stackfit/web/openapi.json")) {
      return new OpenApiDocument(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One documented operation: "GET /api/v1/sessions/{id}". */
  record Operation(String method, String template, JsonNode node) {
    String key() {
      return method + " " + template;
    }
  }

  List<Operation> operations() {
    List<Operation> all = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        all.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue()));
      }
    }
    return all;
  }

  /** The operation documented for the request; literal paths win over templated ones. */
  Optional<Operation> operationOf(String method, String path) {
    Operation best = null;
    for (Operation op : operations()) {
      if (!op.method().equals(method)) {
        continue;
      }
      String regex = op.template().replaceAll("\\{[^/]+}", "[^/]+");
      if (Pattern.matches(regex, path)
          && (best == null || count(op.template()) < count(best.template()))) {
        best = op;
      }
    }
    return Optional.ofNullable(best);
  }

  private static long count(String template) {
    return template.chars().filter(c -> c == '{').count();
  }

  /**
   * What is wrong with a real answer against the description: an undocumented operation, status or
   * media type, or a body its schema refuses. Empty when it conforms.
   */
  List<String> problems(HttpResponse<String> response) {
    String method = response.request().method();
    URI uri = response.request().uri();
    String where = method + " " + uri.getPath() + " -> " + response.statusCode();
    Optional<Operation> op = operationOf(method, uri.getPath());
    if (op.isEmpty()) {
      return List.of(where + ": no such operation is documented");
    }
    JsonNode answer =
        op.get().node().path("responses").path(Integer.toString(response.statusCode()));
    if (answer.has("$ref")) {
      answer = resolve(answer.get("$ref").asText());
    }
    if (answer.isMissingNode()) {
      return List.of(where + ": status not documented for " + op.get().key());
    }
    if (!answer.has("content")) {
      return response.body().isEmpty() ? List.of() : List.of(where + ": undocumented body");
    }
    String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    JsonNode media = answer.path("content").path(type);
    if (media.isMissingNode()) {
      return List.of(where + ": media type " + type + " not documented for " + op.get().key());
    }
    if (!type.endsWith("json") || !media.has("schema")) {
      return List.of();
    }
    return validate(media.get("schema"), response.body()).stream()
        .map(e -> where + ": " + e)
        .toList();
  }

  private JsonNode resolve(String ref) {
    return doc.at(ref.substring(1));
  }

  private List<String> validate(JsonNode schema, String body) {
    // The whole description is the schema document, so that "#/components/..." resolve in it.
    ObjectNode root = doc.deepCopy();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.remove("paths");
    root.set("allOf", JSON.createArrayNode().add(schema));
    List<String> messages = new ArrayList<>();
    for (Error e :
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(root.toString(), InputFormat.JSON)
            .validate(body, InputFormat.JSON)) {
      messages.add(e.toString());
    }
    return messages;
  }

  /** Every documented response code of every operation, for coverage messages. */
  static List<String> codes(Operation op) {
    List<String> codes = new ArrayList<>();
    Iterator<String> it = op.node().path("responses").fieldNames();
    it.forEachRemaining(codes::add);
    return codes;
  }
}
