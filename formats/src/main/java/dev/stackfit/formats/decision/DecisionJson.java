package dev.stackfit.formats.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.Identified;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.decision.Baseline;
import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.decision.DecisionStatus;
import dev.stackfit.formats.report.EvaluationJson;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
    return EvaluationJson.toText(root);
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  /** Parses a decision file, reporting every missing or malformed field at once. */
  public static Decision read(String text, String source) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new InvalidInputException(
          new Problem(
              source,
              0,
              0,
              "",
              "is not a decision JSON file: " + e.getMessage().lines().findFirst().orElse("")));
    }
    Fields f = new Fields(root, source);
    if (root == null || !root.isObject()) {
      throw new InvalidInputException(
          new Problem(source, 0, 0, "", "is not a decision JSON object"));
    }
    if (root.path("format").asInt(-1) != FORMAT) {
      f.problem("format", "must be " + FORMAT);
    }
    JsonNode base = root.path("baseline");
    Decision decision = null;
    String id = f.text("id");
    String chosen = f.text("chosen");
    DecisionStatus status = Identified.byId(DecisionStatus.class, f.text("status")).orElse(null);
    if (status == null) {
      f.problem("status", "is not one of " + Identified.allIds(DecisionStatus.class));
    }
    LocalDate date = f.date(root, "date");
    LocalDate reviewBy = f.date(root, "reviewBy");
    LocalDate evaluatedOn = f.date(base, "baseline.evaluatedOn");
    LocalDate catalogAsOf = f.date(base, "baseline.catalogAsOf");
    if (f.problems.isEmpty()) {
      try {
        decision =
            new Decision(
                id,
                f.text("title"),
                status,
                root.hasNonNull("supersededBy")
                    ? Optional.of(root.get("supersededBy").asText())
                    : Optional.empty(),
                date,
                chosen,
                f.list("considered"),
                root.path("rationale").asText(""),
                f.list("decisionMakers"),
                f.list("consulted"),
                f.list("informed"),
                reviewBy,
                root.path("profile").asText(""),
                new Baseline(
                    evaluatedOn,
                    catalogAsOf,
                    map(base.path("ranks"), JsonNode::asInt),
                    map(base.path("scores"), JsonNode::asDouble),
                    map(base.path("ecosystemHealth"), JsonNode::asDouble),
                    map(base.path("majors"), JsonNode::asText)));
      } catch (IllegalArgumentException e) {
        f.problem("", e.getMessage());
      }
    }
    if (!f.problems.isEmpty()) {
      throw new InvalidInputException(f.problems);
    }
    return decision;
  }

  private static <V> Map<String, V> map(JsonNode node, Function<JsonNode, V> value) {
    Map<String, V> map = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> map.put(e.getKey(), value.apply(e.getValue())));
    return map;
  }

  /** Collects problems while reading fields. */
  private static final class Fields {
    private final JsonNode root;
    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    Fields(JsonNode root, String source) {
      this.root = root == null ? JsonNodeFactory.instance.objectNode() : root;
      this.source = source;
    }

    void problem(String path, String message) {
      problems.add(new Problem(source, 0, 0, path, message));
    }

    String text(String field) {
      JsonNode node = root.path(field);
      if (!node.isTextual() || node.asText().isBlank()) {
        problem(field, "is required (text)");
        return "";
      }
      return node.asText();
    }

    List<String> list(String field) {
      List<String> values = new ArrayList<>();
      JsonNode node = root.path(field);
      if (!node.isArray()) {
        problem(field, "is required (a list)");
        return values;
      }
      node.forEach(n -> values.add(n.asText()));
      return values;
    }

    LocalDate date(JsonNode parent, String path) {
      String field = path.substring(path.lastIndexOf('.') + 1);
      try {
        return LocalDate.parse(parent.path(field).asText(""));
      } catch (DateTimeParseException e) {
        problem(path, "is not a date (YYYY-MM-DD)");
        return null;
      }
    }
  }
}
