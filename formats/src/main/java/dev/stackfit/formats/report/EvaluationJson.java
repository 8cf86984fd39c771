package dev.stackfit.formats.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.advisories.Advisory;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.Exclusion;
import dev.stackfit.core.evaluation.RankedFramework;
import dev.stackfit.core.evidence.Evidence;
import dev.stackfit.core.evidence.MeasuredCandidate;
import dev.stackfit.core.scoring.CriterionScore;
import dev.stackfit.core.scoring.SubFactorScore;
import dev.stackfit.core.sensitivity.Flip;
import dev.stackfit.core.sensitivity.SensitivityResult;
import dev.stackfit.core.weights.WeightSource;
import dev.stackfit.core.weights.Weights;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes an evaluation as the recommend JSON of docs/contracts/recommend-json.md. Numbers are
 * rounded to four decimals and fields come in a fixed order, so the same evaluation always gives
 * the same bytes.
 */
public final class EvaluationJson {
  /** Version of the JSON shape; fields may be added, never renamed. */
  public static final int FORMAT = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  // Non-ASCII characters (a maintainer's name, say) are written as backslash-u escapes: the text is
  // then
  // pure ASCII, which the JVM keeps in one byte per character and sends without re-encoding.
  private static final ObjectMapper COMPACT =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private EvaluationJson() {}

  /** The evaluation as pretty-printed JSON text, ending with a newline. */
  public static String write(Evaluation evaluation) {
    return toText(tree(evaluation));
  }

  /**
   * The same JSON without indentation and in ASCII (other characters as backslash-u escapes): about
   * a third smaller, for storage and the API, where no person reads the raw text.
   */
  public static String writeCompact(Evaluation evaluation) {
    try {
      return COMPACT.writeValueAsString(tree(evaluation));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Serialises any tree built here (or extended by a caller, e.g. with an {@code id}). */
  public static String toText(JsonNode tree) {
    try {
      return MAPPER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The evaluation as a JSON tree, for callers that add fields. */
  public static ObjectNode tree(Evaluation evaluation) {
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("profile", evaluation.profile().name());
    root.put("evaluatedOn", evaluation.today().toString());
    ObjectNode catalog = root.putObject("catalog");
    catalog.put("asOf", evaluation.catalogAsOf().toString());
    catalog.put("frameworks", evaluation.catalogSize());
    weights(root, evaluation.weights());
    ArrayNode ranking = root.putArray("ranking");
    evaluation.ranking().forEach(r -> ranking.add(ranked(r)));
    ArrayNode excluded = root.putArray("excluded");
    evaluation.excluded().forEach(e -> excluded.add(excluded(e)));
    ArrayNode shortlist = root.putArray("shortlist");
    evaluation.shortlist().forEach(shortlist::add);
    ArrayNode advisories = root.putArray("advisories");
    for (Advisory advisory : evaluation.advisories()) {
      advisories.addObject().put("id", advisory.id().id()).put("message", advisory.message());
    }
    root.set("sensitivity", sensitivity(evaluation.sensitivity()));
    evaluation.evidence().ifPresent(e -> evidence(root, e));
    return root;
  }

  private static void weights(ObjectNode root, Weights weights) {
    ObjectNode values = root.putObject("weights");
    for (Criterion criterion : Criterion.values()) {
      values.put(criterion.id(), round(weights.of(criterion)));
    }
    root.put("weightSource", weights.source().id());
    if (weights.source() == WeightSource.AHP) {
      root.put("consistencyRatio", round(weights.consistencyRatio().orElse(0)));
    }
    ObjectNode reasons = root.putObject("weightReasons");
    weights.reasons().forEach((c, r) -> strings(reasons.putArray(c.id()), r));
    strings(root.putArray("weightWarnings"), weights.warnings());
  }

  private static ObjectNode ranked(RankedFramework ranked) {
    ObjectNode node = NODES.objectNode();
    node.put("rank", ranked.rank());
    node.put("framework", ranked.framework().id());
    node.put("name", ranked.framework().name());
    node.put("score", round(ranked.score()));
    ObjectNode criteria = node.putObject("criteria");
    for (Criterion criterion : Criterion.values()) {
      criteria.set(criterion.id(), criterion(ranked.criteria().get(criterion)));
    }
    strings(node.putArray("risks"), ranked.risks());
    if (ranked.statusQuo()) {
      node.put("statusQuo", true);
    }
    ranked.addOn().ifPresent(a -> node.put("addOn", a.id()));
    ranked
        .switching()
        .ifPresent(
            cost -> {
              ObjectNode switching = node.putObject("switchingCost");
              switching.put("penalty", round(cost.penalty()));
              switching.put("months", round(cost.months()));
              switching.put("rewriteKloc", round(cost.rewriteKloc()));
              strings(switching.putArray("reasons"), cost.reasons());
            });
    return node;
  }

  private static ObjectNode criterion(CriterionScore score) {
    ObjectNode node = NODES.objectNode();
    node.put("score", round(score.score()));
    strings(node.putArray("reasons"), score.reasons());
    ArrayNode parts = node.putArray("subFactors");
    for (SubFactorScore part : score.subFactors()) {
      ObjectNode p = parts.addObject();
      p.put("id", part.id());
      p.put("score", round(part.score()));
      p.put("weight", round(part.weight()));
      strings(p.putArray("reasons"), part.reasons());
    }
    return node;
  }

  private static ObjectNode excluded(Exclusion exclusion) {
    ObjectNode node = NODES.objectNode();
    node.put("framework", exclusion.framework().id());
    node.put("name", exclusion.framework().name());
    strings(node.putArray("reasons"), exclusion.reasons());
    return node;
  }

  private static ObjectNode sensitivity(SensitivityResult result) {
    ObjectNode node = NODES.objectNode();
    node.put("samples", result.samples());
    node.put("seed", result.seed());
    node.put("concentration", round(result.concentration()));
    node.put("winnerProbability", round(result.winnerProbability()));
    ObjectNode acceptability = node.putObject("rankAcceptability");
    result
        .rankAcceptability()
        .forEach(
            (id, shares) -> {
              ArrayNode array = acceptability.putArray(id);
              for (double share : shares) {
                array.add(round(share));
              }
            });
    ArrayNode flips = node.putArray("flips");
    for (Flip flip : result.flips()) {
      flips
          .addObject()
          .put("criterion", flip.criterion().id())
          .put("weightChange", round(flip.weightChange()))
          .put("newWinner", flip.newWinner());
    }
    return node;
  }

  private static void evidence(ObjectNode root, Evidence evidence) {
    ObjectNode node = root.putObject("evidence");
    node.put("source", evidence.source());
    node.put("date", evidence.date().map(LocalDate::toString).orElse(""));
    ArrayNode candidates = node.putArray("candidates");
    for (MeasuredCandidate c : evidence.candidates()) {
      candidates
          .addObject()
          .put("framework", c.framework())
          .put("name", c.name())
          .put("maxSustainableRps", round(c.maxSustainableRps()))
          .put("p99AtTargetMs", round(c.p99AtTargetMs()))
          .put("startupMs", round(c.startupMs()))
          .put("peakRssMb", round(c.peakRssMb()))
          .put("errorRate", round(c.errorRate()));
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  /** Rounds to four decimals, as a plain decimal without trailing zeros. */
  static BigDecimal round(double value) {
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? BigDecimal.ZERO : rounded;
  }
}
