package dev.stackfit.formats.decision;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.decision.Baseline;
import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.decision.DecisionStatus;
import dev.stackfit.formats.document.Document;
import dev.stackfit.formats.document.DocumentParser;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.Problems;
import dev.stackfit.formats.document.ValueReader;
import dev.stackfit.formats.report.EvaluationJson;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and writes a decision file: what {@code stackfit reassess} compares today's evaluation
 * with.
 */
public final class DecisionJson {
  public static final int FORMAT = 1;

  private DecisionJson() {}

  public static String write(Decision d) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    root.put("id", d.id());
    root.put("title", d.title());
    root.put("status", d.status().id());
    d.supersededBy().ifPresent(s -> root.put("supersededBy", s));
    root.put("date", d.date().toString());
    root.put("reviewBy", d.reviewBy().toString());
    root.put("chosen", d.chosen());
    strings(root.putArray("considered"), d.considered());
    root.put("rationale", d.rationale());
    strings(root.putArray("decisionMakers"), d.decisionMakers());
    strings(root.putArray("consulted"), d.consulted());
    strings(root.putArray("informed"), d.informed());
    root.put("profile", d.profileYaml());
    ObjectNode b = root.putObject("baseline");
    Baseline base = d.baseline();
    b.put("evaluatedOn", base.evaluatedOn().toString());
    b.put("catalogAsOf", base.catalogAsOf().toString());
    ObjectNode ranks = b.putObject("ranks");
    base.ranks().forEach(ranks::put);
    ObjectNode scores = b.putObject("scores");
    base.scores().forEach((k, v) -> scores.put(k, round(v)));
    ObjectNode health = b.putObject("ecosystemHealth");
    base.ecosystemHealth().forEach((k, v) -> health.put(k, round(v)));
    ObjectNode majors = b.putObject("majors");
    base.majors().forEach(majors::put);
    ObjectNode lines = b.putObject("lines");
    base.lines().forEach(lines::put);
    ObjectNode endOfLife = b.putObject("endOfLife");
    base.endOfLife().forEach((k, v) -> endOfLife.put(k, v.toString()));
    return EvaluationJson.toText(root);
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  /**
   * Parses a decision file, reporting every missing or malformed field at once with its line,
   * column and path.
   *
   * @throws InvalidInputException listing every problem found
   */
  public static Decision read(String text, String source) {
    Document document = DocumentParser.parse(text, source);
    Problems problems = new Problems(document);
    Optional<MappingReader> found = MappingReader.root(document, problems);
    if (found.isEmpty()) {
      problems.throwIfAny();
    }
    MappingReader root = found.orElseThrow();
    root.required("format")
        .ifPresent(
            v ->
                v.asInt(0, Integer.MAX_VALUE)
                    .filter(n -> n != FORMAT)
                    .ifPresent(
                        n -> v.report("is " + n + "; this stackfit reads format " + FORMAT)));
    String id = text(root, "id");
    String title = text(root, "title");
    Optional<DecisionStatus> status =
        root.required("status").flatMap(v -> v.asId(DecisionStatus.class));
    Optional<String> supersededBy = root.optional("supersededBy").flatMap(ValueReader::asString);
    Optional<LocalDate> date = root.required("date").flatMap(ValueReader::asDate);
    Optional<LocalDate> reviewBy = root.required("reviewBy").flatMap(ValueReader::asDate);
    String chosen = text(root, "chosen");
    List<String> considered = strings(root, "considered");
    String rationale = root.string("rationale", "");
    List<String> decisionMakers = strings(root, "decisionMakers");
    List<String> consulted = strings(root, "consulted");
    List<String> informed = strings(root, "informed");
    String profile = root.string("profile", "");
    Optional<Baseline> baseline =
        root.required("baseline").flatMap(ValueReader::asMapping).flatMap(DecisionJson::baseline);
    if (problems.isEmpty()) {
      try {
        return new Decision(
            id,
            title,
            status.orElseThrow(),
            supersededBy,
            date.orElseThrow(),
            chosen,
            considered,
            rationale,
            decisionMakers,
            consulted,
            informed,
            reviewBy.orElseThrow(),
            profile,
            baseline.orElseThrow());
      } catch (IllegalArgumentException e) {
        problems.add(root.node(), "", e.getMessage());
      }
    }
    problems.throwIfAny();
    throw new IllegalStateException("unreachable: problems were found but not thrown");
  }

  private static Optional<Baseline> baseline(MappingReader b) {
    Optional<LocalDate> evaluatedOn = b.required("evaluatedOn").flatMap(ValueReader::asDate);
    Optional<LocalDate> catalogAsOf = b.required("catalogAsOf").flatMap(ValueReader::asDate);
    Map<String, Integer> ranks = map(b, "ranks", v -> v.asInt(1, Integer.MAX_VALUE));
    Map<String, Double> scores = map(b, "scores", v -> v.asNumber(0, 1));
    Map<String, Double> health = map(b, "ecosystemHealth", v -> v.asNumber(0, 1));
    Map<String, String> majors = map(b, "majors", ValueReader::asString);
    // Files written before stackfit recorded release lines have neither: nothing to compare then.
    Map<String, String> lines = map(b, "lines", ValueReader::asString);
    Map<String, LocalDate> endOfLife = map(b, "endOfLife", ValueReader::asDate);
    if (evaluatedOn.isEmpty() || catalogAsOf.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Baseline(
            evaluatedOn.get(), catalogAsOf.get(), ranks, scores, health, majors, lines, endOfLife));
  }

  /** A required, non-blank string; "" after reporting when it is not. */
  private static String text(MappingReader parent, String key) {
    Optional<ValueReader> value = parent.required(key);
    Optional<String> text = value.flatMap(ValueReader::asString);
    if (text.isPresent() && text.get().isBlank()) {
      value.get().report("is empty");
    }
    return text.orElse("");
  }

  /** A required list of strings. */
  private static List<String> strings(MappingReader parent, String key) {
    return parent.required(key).flatMap(v -> v.asList(ValueReader::asString)).orElse(List.of());
  }

  /** An optional mapping from framework id to a value; bad values are reported and left out. */
  private static <V> Map<String, V> map(
      MappingReader parent, String key, Function<ValueReader, Optional<V>> value) {
    Map<String, V> map = new LinkedHashMap<>();
    parent
        .optional(key)
        .flatMap(ValueReader::asMapping)
        .ifPresent(
            m ->
                m.entries()
                    .forEach(
                        e -> value.apply(e.getValue()).ifPresent(v -> map.put(e.getKey(), v))));
    return map;
  }
}
