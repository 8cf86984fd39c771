package dev.stackfit.formats.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.migration.ApiOperation;
import dev.stackfit.formats.document.DocumentParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiReaderTests {
  private static List<ApiOperation> read(String text) {
    return OpenApiReader.read(DocumentParser.parse(text, "api.yaml"));
  }

  @Test
  void readsTheOperationsOfTheExampleApi() {
    List<ApiOperation> operations =
        OpenApiReader.read(Path.of("../examples/migration/orders-api.yaml"));
    assertThat(operations)
        .extracting(o -> o.method() + " " + o.path())
        .containsExactly(
            "GET /orders/{id}",
            "GET /orders",
            "POST /orders",
            "GET /json",
            "GET /fortunes",
            "GET /health");
    assertThat(operations.get(0).summary()).isEqualTo("An order with its customer and lines");
  }

  @Test
  void readsJsonAndSwagger2AndTakesTheOperationIdWithoutASummary() {
    List<ApiOperation> operations =
        read(
            "{\"swagger\": \"2.0\", \"paths\": {\"/pets\": {\"parameters\": [],"
                + " \"x-owner\": \"team\", \"delete\": {\"operationId\": \"dropPets\"}}}}");
    assertThat(operations).containsExactly(new ApiOperation("DELETE", "/pets", "dropPets"));
  }

  @Test
  void reportsEachProblemWithItsLine() {
    assertThatThrownBy(
            () ->
                read(
                    "openapi: 2.1\n"
                        + "paths:\n"
                        + "  pets:\n"
                        + "    get: {}\n"
                        + "  /orders:\n"
                        + "    fetch: {}\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("api.yaml:1:10: openapi: \"2.1\" is not an OpenAPI version 3.x")
        .hasMessageContaining("api.yaml:4:5: paths.pets: a path starts with /")
        .hasMessageContaining(
            "api.yaml:6:12: paths./orders.fetch: \"fetch\" is not an HTTP method");
  }

  @Test
  void refusesADocumentThatIsNotOpenApiOrDoesNotParse() {
    assertThatThrownBy(() -> read("name: a profile\nteam: {}\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is not an OpenAPI description");
    assertThatThrownBy(() -> read("openapi: 3.0.0\npaths: {\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("api.yaml:");
    assertThatThrownBy(() -> read("openapi: 3.1.0\npaths: {}\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("paths: lists no operation");
  }
}
