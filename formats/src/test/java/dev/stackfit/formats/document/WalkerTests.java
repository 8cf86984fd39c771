package dev.stackfit.formats.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.Problem;
import dev.stackfit.core.profile.Level;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkerTests {
  private static List<String> problems(
      String yaml, java.util.function.Consumer<MappingReader> read) {
    Document document = DocumentParser.parse(yaml, "w.yaml");
    Problems problems = new Problems(document);
    read.accept(MappingReader.root(document, problems).orElseThrow());
    return problems.list().stream().map(Problem::toString).toList();
  }

  @Test
  void readsTypedValuesWithoutProblems() {
    Document document =
        DocumentParser.parse("n: 0x10\nd: 2026-02-28\nl: [basic, expert]\nf: 2.5", "w.yaml");
    Problems problems = new Problems(document);
    MappingReader root = MappingReader.root(document, problems).orElseThrow();
    assertThat(root.integer("n", 0, 100, -1)).isEqualTo(16);
    assertThat(root.optional("d").flatMap(ValueReader::asDate)).contains(LocalDate.of(2026, 2, 28));
    assertThat(root.ids("l", Level.class)).containsExactly(Level.BASIC, Level.EXPERT);
    assertThat(root.number("f", 0, 10, 0)).isEqualTo(2.5);
    root.rejectUnknownKeys();
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void collectsEveryProblemInsteadOfStoppingAtTheFirst() {
    List<String> found =
        problems(
            "n: ten\nd: 2026-02-30\nl: [basic, guru, basic]\nf: .inf\nb: yes\nx: 1\n",
            root -> {
              root.integer("n", 0, 100, 0);
              root.optional("d").flatMap(ValueReader::asDate);
              root.ids("l", Level.class);
              root.number("f", 0, 10, 0);
              root.bool("b", false);
              root.required("m");
              root.rejectUnknownKeys();
            });
    assertThat(found)
        .containsExactly(
            "w.yaml:1:1: m: is required",
            "w.yaml:1:4: n: expected an integer, got \"ten\"",
            "w.yaml:2:4: d: \"2026-02-30\" is not a date (YYYY-MM-DD)",
            "w.yaml:3:12: l[1]: \"guru\" is not one of none, basic, working, expert",
            "w.yaml:3:18: l[2]: \"basic\" is listed twice",
            "w.yaml:4:4: f: expected a finite number, got .inf",
            "w.yaml:5:4: b: expected true or false, got \"yes\"",
            "w.yaml:6:1: x: unknown key; expected one of n, d, l, f, b, m");
  }

  @Test
  void reportsRangesWithTheirBounds() {
    assertThat(
            problems(
                "n: 0\nf: 0.05",
                r -> {
                  r.integer("n", 1, 100000, 1);
                  r.number("f", 0.1, 9, 1);
                }))
        .containsExactly(
            "w.yaml:1:4: n: 0 is out of range 1..100000",
            "w.yaml:2:4: f: 0.05 is out of range 0.1..9");
  }

  @Test
  void reportsAWrongContainerType() {
    assertThat(
            problems(
                "team: [1, 2]\nlist: {a: 1}",
                r -> {
                  r.mapping("team");
                  r.list("list", ValueReader::asString);
                }))
        .containsExactly(
            "w.yaml:1:7: team: expected a mapping, got a list",
            "w.yaml:2:7: list: expected a list, got a mapping");
  }

  @Test
  void treatsNullAsAbsent() {
    assertThat(
            problems(
                "team:\nname: ~\n",
                r -> {
                  assertThat(r.mapping("team")).isEmpty();
                  r.required("name");
                }))
        .containsExactly("w.yaml:1:1: name: is required");
  }
}
