package dev.stackfit.formats.migration;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.migration.ApiOperation;
import dev.stackfit.formats.document.Document;
import dev.stackfit.formats.document.DocumentParser;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.Problems;
import dev.stackfit.formats.document.ValueReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the operations of an OpenAPI 3.x (or Swagger 2.0) description: its {@code paths}, and in
 * each path item the operations by method, with their summary or operationId. Nothing else is
 * needed to cut slices, so the rest of the document is not interpreted; references ({@code $ref})
 * are not followed. It uses the project's YAML and JSON reader rather than a full OpenAPI library,
 * so problems carry their line and column like every other input (docs/migration.md).
 */
public final class OpenApiReader {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** Keys of a path item that are not operations (OpenAPI 3.1, section 4.8.9). */
  private static final Set<String> PATH_ITEM_FIELDS =
      Set.of("$ref", "summary", "description", "servers", "parameters");

  private OpenApiReader() {}

  /**
   * The operations of {@code file}, in document order.
   *
   * @throws InvalidInputException naming every problem with its place
   */
  public static List<ApiOperation> read(Path file) {
    return read(DocumentParser.read(file));
  }

  static List<ApiOperation> read(Document document) {
    Problems problems = new Problems(document);
    List<ApiOperation> operations = new ArrayList<>();
    Optional<MappingReader> root = MappingReader.root(document, problems);
    root.ifPresent(r -> readRoot(r, operations));
    problems.throwIfAny();
    return operations;
  }

  private static void readRoot(MappingReader root, List<ApiOperation> operations) {
    Optional<String> openapi = root.optional("openapi").flatMap(ValueReader::asString);
    Optional<String> swagger = root.optional("swagger").flatMap(ValueReader::asString);
    if (openapi.isEmpty() && swagger.isEmpty()) {
      root.problems()
          .add(
              root.node(),
              "",
              "is not an OpenAPI description: it has neither openapi: 3.x nor swagger: \"2.0\"");
      return;
    }
    if (openapi.isPresent() && !openapi.get().startsWith("3.")) {
      root.optional("openapi")
          .ifPresent(v -> v.report("\"" + openapi.get() + "\" is not an OpenAPI version 3.x"));
    }
    Optional<MappingReader> paths = root.required("paths").flatMap(ValueReader::asMapping);
    paths.ifPresent(p -> p.entries().forEach(e -> pathItem(e, operations)));
    if (paths.isPresent() && operations.isEmpty() && root.problems().isEmpty()) {
      root.problems().add(paths.get().node(), "paths", "lists no operation");
    }
  }

  private static void pathItem(Map.Entry<String, ValueReader> entry, List<ApiOperation> out) {
    String path = entry.getKey();
    if (!path.startsWith("/")) {
      entry.getValue().report("a path starts with /");
      return;
    }
    entry
        .getValue()
        .asMapping()
        .ifPresent(
            item -> {
              for (Map.Entry<String, ValueReader> field : item.entries()) {
                String key = field.getKey();
                if (METHODS.contains(key)) {
                  field.getValue().asMapping().ifPresent(op -> out.add(operation(key, path, op)));
                } else if (!PATH_ITEM_FIELDS.contains(key) && !key.startsWith("x-")) {
                  field
                      .getValue()
                      .report(
                          "\""
                              + key
                              + "\" is not an HTTP method or a path item field (get, put, post,"
                              + " delete, options, head, patch, trace)");
                }
              }
            });
  }

  private static ApiOperation operation(String method, String path, MappingReader op) {
    String summary =
        op.optional("summary")
            .flatMap(ValueReader::asString)
            .or(() -> op.optional("operationId").flatMap(ValueReader::asString))
            .orElse("");
    op.entries(); // the operation's other fields are not needed; accept them as they are
    return new ApiOperation(method.toUpperCase(Locale.ROOT), path, summary.strip());
  }
}
