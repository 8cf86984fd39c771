package dev.stackfit.formats.profile;

import static dev.stackfit.formats.profile.ProfileFixtures.READER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.stackfit.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProfileSchemaTests {
  private static final String RESOURCE = "/dev/stackfit/formats/profile.schema.json";
  private static final Path EXAMPLES = Path.of("../examples/profiles");
  private static final Path BACKTEST = Path.of("../examples/backtest");
  private static final Schema SCHEMA = loadSchema();

  private static Schema loadSchema() {
    try (InputStream in = ProfileSchemaTests.class.getResourceAsStream(RESOURCE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(text, InputFormat.JSON);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Error> validate(Path file) throws IOException {
    String name = file.getFileName().toString();
    InputFormat format = name.endsWith(".json") ? InputFormat.JSON : InputFormat.YAML;
    return SCHEMA.validate(Files.readString(file), format);
  }

  static Stream<Path> goodProfiles() throws IOException {
    Stream<Path> shipped =
        Files.isDirectory(EXAMPLES)
            ? Files.list(EXAMPLES).filter(ProfileSchemaTests::isProfile)
            : Stream.empty();
    Stream<Path> cases =
        Files.isDirectory(BACKTEST)
            ? Files.list(BACKTEST).filter(ProfileSchemaTests::isProfile)
            : Stream.empty();
    return Stream.concat(Stream.concat(fixtures("good"), shipped), cases).sorted();
  }

  static Stream<Path> badProfiles() throws IOException {
    return fixtures("bad");
  }

  private static Stream<Path> fixtures(String kind) throws IOException {
    return Files.list(ProfileFixtures.fixture(kind)).filter(ProfileSchemaTests::isProfile).sorted();
  }

  private static boolean isProfile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  @ParameterizedTest
  @MethodSource("goodProfiles")
  void schemaAndReaderBothAcceptGoodProfiles(Path file) throws IOException {
    assertThat(validate(file)).as("schema errors for %s", file).isEmpty();
    assertThat(READER.read(file).name()).isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("badProfiles")
  void schemaAndReaderBothRejectBadProfiles(Path file) throws IOException {
    assertThat(validate(file)).as("schema errors for %s", file).isNotEmpty();
    assertThatThrownBy(() -> READER.read(file)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void schemaDocumentsADefaultForEveryOptionalLeafField() {
    String schema = SCHEMA.getSchemaNode().toString();
    for (String field : List.of("size", "turnover", "lifespanYears", "peakRps", "deploy")) {
      assertThat(schema).contains('"' + field + "\":{\"description\"");
    }
    assertThat(SCHEMA.getSchemaNode().at("/properties/team/properties/size/default").asInt())
        .isEqualTo(dev.stackfit.core.profile.Team.DEFAULT.size());
    assertThat(
            SCHEMA
                .getSchemaNode()
                .at("/properties/project/properties/traffic/properties/p99LatencyMs/default")
                .asInt())
        .isEqualTo(dev.stackfit.core.profile.Traffic.DEFAULT.p99LatencyMs());
  }

  @Test
  void describesEveryField() {
    List<String> undescribed = new java.util.ArrayList<>();
    collectUndescribed(SCHEMA.getSchemaNode().get("properties"), "", undescribed);
    assertThat(undescribed).isEmpty();
  }

  private static void collectUndescribed(
      tools.jackson.databind.JsonNode properties, String path, List<String> undescribed) {
    for (var field : properties.properties()) {
      tools.jackson.databind.JsonNode property = field.getValue();
      String fieldPath = path + field.getKey();
      if (!property.has("description") && !property.has("$ref")) {
        undescribed.add(fieldPath);
      }
      if (property.has("properties")) {
        collectUndescribed(property.get("properties"), fieldPath + ".", undescribed);
      }
    }
  }

  @Test
  void publishedCopyMatchesTheBundledSchema() throws IOException {
    try (InputStream in = ProfileSchemaTests.class.getResourceAsStream(RESOURCE)) {
      assertThat(Files.readAllBytes(Path.of("../docs/schema/profile.schema.json")))
          .isEqualTo(in.readAllBytes());
    }
  }
}
