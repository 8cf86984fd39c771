package dev.stackfit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogSchemaTests {
  private static final Schema SCHEMA = loadSchema();

  private static Schema loadSchema() {
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(
              Files.readString(Path.of("data/schema/framework.schema.json")), InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Error> validate(Path file) throws IOException {
    return SCHEMA.validate(Files.readString(file), InputFormat.YAML);
  }

  static Stream<Path> validFiles() throws IOException {
    Stream<Path> shipped = yamlFiles(ShippedCatalogTests.DATA.resolve("frameworks"));
    return Stream.concat(
        yamlFiles(CatalogFixtures.catalog("valid").resolve("frameworks")), shipped);
  }

  private static Stream<Path> yamlFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("validFiles")
  void validFilesPassTheSchemaAndTheLoader(Path file) throws IOException {
    assertThat(validate(file)).as("schema errors in %s", file).isEmpty();
    assertThat(new CatalogLoader().load(file.getParent()).find(idOf(file))).isPresent();
  }

  @Test
  void schemaRejectsWhatTheLoaderRejects() throws IOException {
    Path broken = CatalogFixtures.catalog("broken-structure").resolve("frameworks/tiny-web.yaml");
    assertThat(validate(broken))
        .extracting(Error::getMessage)
        .anyMatch(m -> m.contains("wasm") || m.contains("enum"))
        .anyMatch(m -> m.contains("colour"))
        .anyMatch(
            m -> m.contains("telepathy") || m.contains("propertyNames") || m.contains("enum"));
  }

  private static String idOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".yaml".length());
  }
}
