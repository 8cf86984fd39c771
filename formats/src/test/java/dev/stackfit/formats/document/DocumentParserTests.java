package dev.stackfit.formats.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentParserTests {
  @TempDir Path dir;

  private static Problem onlyProblem(Runnable parse) {
    try {
      parse.run();
    } catch (InvalidInputException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }
    throw new AssertionError("expected an InvalidInputException");
  }

  @Test
  void aliasesThatExpandIntoBillionsOfValuesAreRefused() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [" + "x, ".repeat(999) + "x]\n");
    for (int level = 1; level <= 9; level++) {
      String previous = "*a" + (level - 1);
      yaml.append("a")
          .append(level)
          .append(": &a")
          .append(level)
          .append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(5, previous)))
          .append("]\n");
    }
    Problem problem = onlyProblem(() -> DocumentParser.parse(yaml.toString(), "bomb.yaml"));
    assertThat(problem.message()).contains("100,000 values").contains("aliases");
    assertThat(problem.line()).isGreaterThan(0);
  }

  @Test
  void aHugeDocumentIsRefusedBeforeParsing() {
    Problem problem =
        onlyProblem(() -> DocumentParser.parse("name: " + "a".repeat(2_000_000), "big.yaml"));
    assertThat(problem.message()).contains("too large").contains("2,000,006 bytes");
  }

  @Test
  void thousandsOfNestingLevelsAreAProblemNotACrash() {
    String yaml = "[".repeat(20_000) + "]".repeat(20_000);
    assertThat(onlyProblem(() -> DocumentParser.parse(yaml, "deep.yaml")).message())
        .contains("nested too deeply");
    String json = "{\"a\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
    assertThat(onlyProblem(() -> DocumentParser.parse(json, "deep.json")).message())
        .contains("nested too deeply")
        .doesNotContain("StreamReadConstraints");
  }

  @Test
  void aFewAnchorsAndAliasesStillWork() {
    Document document = DocumentParser.parse("base: &b {size: 6}\nteam: *b\nother: *b\n", "p.yaml");
    MappingNode root = (MappingNode) document.root();
    assertThat(root.entries()).hasSize(3);
    assertThat(root.entries().get(2).value()).isInstanceOf(MappingNode.class);
  }

  @Test
  void locatesYamlNodesByLineAndColumn() {
    Document document = DocumentParser.parse("a: 1\nteam:\n  size: six\n", "p.yaml");
    MappingNode root = (MappingNode) document.root();
    MappingNode team = (MappingNode) root.entries().get(1).value();
    MappingNode.Entry size = team.entries().get(0);
    assertThat(size.line()).isEqualTo(3);
    assertThat(size.column()).isEqualTo(3);
    assertThat(size.value()).isEqualTo(new ScalarNode("six", ScalarKind.STRING, 3, 9));
  }

  @Test
  void resolvesYamlScalarsWithTheCoreSchema() {
    Document document = DocumentParser.parse("[1, 2.5, true, ~, \"7\", yes]", "p.yaml");
    List<ScalarKind> kinds =
        ((SequenceNode) document.root())
            .items().stream().map(n -> ((ScalarNode) n).kind()).toList();
    assertThat(kinds)
        .containsExactly(
            ScalarKind.INTEGER,
            ScalarKind.FLOAT,
            ScalarKind.BOOLEAN,
            ScalarKind.NULL,
            ScalarKind.STRING,
            ScalarKind.STRING);
  }

  @Test
  void locatesJsonNodesByLineAndColumn() {
    Document document = DocumentParser.parse("{\n  \"team\": {\"size\": 6}\n}", "p.json");
    MappingNode root = (MappingNode) document.root();
    MappingNode team = (MappingNode) root.entries().get(0).value();
    assertThat(root.entries().get(0).line()).isEqualTo(2);
    assertThat(team.entries().get(0).value())
        .isEqualTo(new ScalarNode("6", ScalarKind.INTEGER, 2, 20));
  }

  @Test
  void reportsMalformedYamlWithTheParsersPosition() {
    Problem problem =
        onlyProblem(() -> DocumentParser.parse("name: x\nteam: [a, b\nsize: 3\n", "p.yaml"));
    assertThat(problem.source()).isEqualTo("p.yaml");
    assertThat(problem.line()).isGreaterThanOrEqualTo(2);
    assertThat(problem.message()).startsWith("invalid YAML: ").doesNotContain("Exception");
  }

  @Test
  void reportsABadIndentAsInvalidYaml() {
    Problem problem = onlyProblem(() -> DocumentParser.parse("a: 1\n b: 2\n", "p.yaml"));
    assertThat(problem.toString())
        .isEqualTo("p.yaml:2:3: invalid YAML: mapping values are not allowed here");
  }

  @Test
  void reportsAJsonSyntaxErrorWithLineAndColumn() {
    Problem problem =
        onlyProblem(() -> DocumentParser.parse("{\n  \"name\": \"x\",\n}\n", "p.json"));
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.column()).isEqualTo(1);
    assertThat(problem.message()).startsWith("invalid JSON: ").doesNotContain("Exception");
  }

  @Test
  void reportsContentAfterTheJsonDocument() {
    Problem problem = onlyProblem(() -> DocumentParser.parse("{\"a\": 1}\n{}", "p.json"));
    assertThat(problem.toString())
        .isEqualTo("p.json:2:1: invalid JSON: unexpected content after the end of the document");
  }

  @Test
  void rejectsNulBytesAsBinary() {
    byte[] bytes = {'a', ':', ' ', '1', '\n', 0, 1, 2};
    Problem problem = onlyProblem(() -> DocumentParser.parse(bytes, "p.yaml"));
    assertThat(problem.toString()).isEqualTo("p.yaml: is not a text file (binary data at byte 5)");
  }

  @Test
  void rejectsInvalidUtf8AsBinary() {
    byte[] bytes = {'a', ':', ' ', (byte) 0xC3, (byte) 0x28};
    Problem problem = onlyProblem(() -> DocumentParser.parse(bytes, "p.yaml"));
    assertThat(problem.message()).isEqualTo("is not a text file (binary data at byte 3)");
  }

  @Test
  void acceptsUtf8TextWithAByteOrderMark() {
    byte[] bytes = "\uFEFFname: Café".getBytes(StandardCharsets.UTF_8);
    MappingNode root = (MappingNode) DocumentParser.parse(bytes, "p.yaml").root();
    assertThat(((ScalarNode) root.entries().get(0).value()).text()).isEqualTo("Café");
  }

  @Test
  void reportsAMissingFile() {
    Path missing = dir.resolve("nope.yaml");
    Problem problem = onlyProblem(() -> DocumentParser.read(missing));
    assertThat(problem.toString()).isEqualTo(missing + ": file not found");
  }

  @Test
  void reportsADirectoryAsUnreadable() {
    Problem problem = onlyProblem(() -> DocumentParser.read(dir));
    assertThat(problem.message()).isEqualTo("cannot be read (it is a directory)");
  }

  @Test
  void reportsEmptyDocuments() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
    assertThat(onlyProblem(() -> DocumentParser.read(empty)).message()).isEqualTo("is empty");
    assertThat(onlyProblem(() -> DocumentParser.parse("# nothing yet\n\n", "c.yaml")).message())
        .isEqualTo("is empty");
    assertThat(onlyProblem(() -> DocumentParser.parse("---\n", "d.yaml")).message())
        .isEqualTo("is empty");
  }

  @Test
  void reportsDuplicateYamlKeysAndKeepsTheFirst() {
    Document document = DocumentParser.parse("team:\n  size: 3\n  size: 4\n", "p.yaml");
    assertThat(document.problems())
        .extracting(Problem::toString)
        .containsExactly("p.yaml:3:3: team.size: duplicate key; first given on line 2");
    MappingNode team = (MappingNode) ((MappingNode) document.root()).entries().get(0).value();
    assertThat(((ScalarNode) team.entries().get(0).value()).text()).isEqualTo("3");
  }

  @Test
  void reportsDuplicateJsonKeys() {
    Document document = DocumentParser.parse("{\"a\": 1,\n \"a\": 2}", "p.json");
    assertThat(document.problems())
        .extracting(Problem::toString)
        .containsExactly("p.json:2:2: a: duplicate key; first given on line 1");
  }

  @Test
  void rejectsMoreThanOneYamlDocument() {
    assertThatThrownBy(() -> DocumentParser.parse("a: 1\n---\nb: 2\n", "p.yaml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("p.yaml:")
        .hasMessageContaining("invalid YAML");
  }
}
