package dev.stackfit.lab.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.stackfit.core.profile.Traffic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LabSchemaTests {
  private static final String RESOURCE = "/dev/stackfit/lab/lab.schema.json";
  private static final Path SMOKE = Path.of("../examples/lab/smoke.yaml");

  private static String schemaText() throws IOException {
    try (InputStream in = LabSchemaTests.class.getResourceAsStream(RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Schema schema() throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(schemaText(), InputFormat.JSON);
  }

  @Test
  void theSmokeLabIsValidForTheSchemaAndTheReader() throws IOException {
    assertThat(schema().validate(Files.readString(SMOKE), InputFormat.YAML)).isEmpty();

    LabFile lab = new LabFileReader(p -> Traffic.DEFAULT).read(SMOKE);
    assertThat(lab.candidates())
        .extracting(Candidate::name)
        .containsExactly("node-http", "python-http");
    assertThat(lab.load().ratesPerSec(lab.targets().rps()))
        .containsExactly(75.0, 100.0, 150.0, 225.0, 300.0);
  }

  @Test
  void theGuideTrioWithItsPrepareStepsIsValidForTheSchemaAndTheReader() throws IOException {
    Path trio = Path.of("../examples/lab/guide-trio.yaml");
    assertThat(schema().validate(Files.readString(trio), InputFormat.YAML)).isEmpty();

    LabFile lab = new LabFileReader(p -> new Traffic(800, 800, 300)).read(trio);
    assertThat(lab.candidates()).allMatch(Candidate::hasPreparation);
    assertThat(lab.candidates()).allMatch(c -> !c.versions().isEmpty());
    assertThat(lab.maxRepetitions()).isEqualTo(4);
    assertThat(lab.startups()).isEqualTo(3);
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() throws IOException {
    String bad =
        Files.readString(SMOKE)
            .replace("p99Ms: 100", "p99Ms: 100\n  profile: team.yaml")
            .replace("port: 18081", "port: 0")
            .replace("stepDuration: 2s", "stepDuration: soon");

    assertThat(schema().validate(bad, InputFormat.YAML))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/candidates/0/port", "/load/stepDuration");
  }

  @Test
  void theDocsCopyOfTheSchemaIsIdentical() throws IOException {
    assertThat(Files.readString(Path.of("../docs/schema/lab.schema.json"))).isEqualTo(schemaText());
  }
}
