package dev.stackfit.catalog.refresh;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.formats.document.Document;
import dev.stackfit.formats.document.DocumentParser;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.Problems;
import dev.stackfit.formats.document.ScalarKind;
import dev.stackfit.formats.document.ScalarNode;
import dev.stackfit.formats.document.ValueReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads the release cycles from the YAML front matter of an endoflife.date {@code products/*.md}
 * file: {@code releaseCycle}, {@code releaseDate}, {@code eoas} (end of active support), {@code
 * eol} and {@code lts}. {@code eoas} and {@code eol} may be {@code false} (not announced) or {@code
 * true} (passed on a day the file does not give); both leave the date out. {@code lts} may be a
 * date (LTS from that day), which counts as LTS.
 */
final class EndOfLifeProductFile {
  /** The lines of one product file, newest first, and the cycles whose end date is not given. */
  record Lines(List<Release> lines, List<String> endedUndated) {}

  private EndOfLifeProductFile() {}

  /**
   * Parses {@code text}; {@code name} names the file in problems.
   *
   * @throws SourceUnavailableException naming the file, line and field of the first problems
   */
  static Lines read(String text, String name) {
    String frontMatter = frontMatter(text, name);
    Document document;
    try {
      document = DocumentParser.parse(frontMatter.getBytes(StandardCharsets.UTF_8), name);
    } catch (InvalidInputException e) {
      throw unusable(name, e.problems());
    }
    Problems problems = new Problems(document);
    List<Release> lines = new ArrayList<>();
    List<String> undated = new ArrayList<>();
    MappingReader.root(document, problems)
        .flatMap(root -> root.required("releases"))
        .flatMap(ValueReader::asItems)
        .ifPresent(
            items ->
                items.forEach(
                    item ->
                        item.asMapping().flatMap(m -> cycle(m, undated)).ifPresent(lines::add)));
    if (!problems.isEmpty()) {
      throw unusable(name, problems.list());
    }
    lines.sort(Comparator.comparing(Release::released).reversed());
    return new Lines(lines, undated);
  }

  /** The front matter with the opening "---" blanked, so that line numbers match the file. */
  private static String frontMatter(String text, String name) {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      throw new SourceUnavailableException(
          RefreshSource.ENDOFLIFE_REPO, name + ": no YAML front matter (first line is not ---)");
    }
    StringBuilder out = new StringBuilder("\n");
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("---")) {
        return out.toString();
      }
      out.append(lines.get(i)).append('\n');
    }
    throw new SourceUnavailableException(
        RefreshSource.ENDOFLIFE_REPO, name + ": the front matter has no closing ---");
  }

  private static Optional<Release> cycle(MappingReader m, List<String> undated) {
    Optional<String> cycle = m.required("releaseCycle").flatMap(ValueReader::asString);
    Optional<LocalDate> released = m.required("releaseDate").flatMap(ValueReader::asDate);
    LocalDate activeEnd = m.optional("eoas").flatMap(EndOfLifeProductFile::dateOrFlag).orElse(null);
    Optional<ValueReader> eolNode = m.optional("eol");
    LocalDate eol = eolNode.flatMap(EndOfLifeProductFile::dateOrFlag).orElse(null);
    boolean lts = m.optional("lts").map(EndOfLifeProductFile::isLts).orElse(false);
    if (cycle.isEmpty() || released.isEmpty()) {
      return Optional.empty();
    }
    if (eol == null && eolNode.map(EndOfLifeProductFile::isTrue).orElse(false)) {
      undated.add(cycle.get());
    }
    if (eol != null && eol.isBefore(released.get())) {
      m.required("eol").ifPresent(v -> v.report(eol + " is before the release " + released.get()));
      return Optional.empty();
    }
    return Optional.of(new Release(cycle.get(), released.get(), activeEnd, eol, lts));
  }

  /** A date, or empty for {@code true} / {@code false}. */
  private static Optional<LocalDate> dateOrFlag(ValueReader value) {
    if (value.node() instanceof ScalarNode s && s.kind() == ScalarKind.BOOLEAN) {
      return Optional.empty();
    }
    return value.asDate();
  }

  private static boolean isTrue(ValueReader value) {
    return value.node() instanceof ScalarNode s
        && s.kind() == ScalarKind.BOOLEAN
        && s.text().equalsIgnoreCase("true");
  }

  private static boolean isLts(ValueReader value) {
    if (value.node() instanceof ScalarNode s && s.kind() == ScalarKind.BOOLEAN) {
      return s.text().equalsIgnoreCase("true");
    }
    return value.asDate().isPresent();
  }

  private static SourceUnavailableException unusable(String name, List<Problem> problems) {
    String first =
        problems.stream().limit(3).map(Problem::toString).reduce((a, b) -> a + "; " + b).orElse("");
    return new SourceUnavailableException(RefreshSource.ENDOFLIFE_REPO, first);
  }
}
