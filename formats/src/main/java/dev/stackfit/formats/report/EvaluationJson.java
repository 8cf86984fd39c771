package dev.stackfit.formats.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes an evaluation as the recommend JSON of docs/contracts/recommend-json.md. Numbers are
 * rounded to four decimals (sensitivity shares to the precision they are known to) and fields come
 * in a fixed order, so the same evaluation always gives the same bytes.
 *
 * <p>Streamed straight to bytes rather than built as a tree first: a web save writes one of these
 * (about 200 KB) per request, and a tree of nodes, decimals and a character copy of the text cost
 * several times the text's size in allocation.
 */
public final class EvaluationJson {
  /** Version of the JSON shape; fields may be added, never renamed. */
  public static final int FORMAT = 1;

  /** Confidence level of the sensitivity shares' stated precision. */
  static final double CONFIDENCE = 0.95;

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  // Non-ASCII characters (a maintainer's name, say) are written as backslash-u escapes: the text is
  // then pure ASCII, which the JVM keeps in one byte per character and sends without re-encoding.
  private static final JsonFactory COMPACT =
      JsonFactory.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .build();

  private static final JsonFactory PRETTY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  /** Bytes of output per ranked framework, to size the buffer once. */
  private static final int BYTES_PER_FRAMEWORK = 8 * 1024;

  private EvaluationJson() {}

  /** The evaluation as pretty-printed JSON text, ending with a newline. */
  public static String write(Evaluation evaluation) {
    return stream(PRETTY, evaluation, true, StandardCharsets.UTF_8) + "\n";
  }

  /**
   * The same JSON without indentation and in ASCII (other characters as backslash-u escapes): about
   * a third smaller, for storage and the API, where no person reads the raw text.
   */
  public static String writeCompact(Evaluation evaluation) {
    return stream(COMPACT, evaluation, false, StandardCharsets.ISO_8859_1);
  }

  /** Serialises any tree (a caller's own, or extended with an {@code id}), pretty-printed. */
  public static String toText(JsonNode tree) {
    try {
      return MAPPER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String stream(
      JsonFactory factory, Evaluation evaluation, boolean pretty, Charset charset) {
    var bytes =
        new ByteArrayOutputStream(
            BYTES_PER_FRAMEWORK * Math.max(4, evaluation.ranking().size() + 1));
    try (JsonGenerator g = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      new Writer(g).evaluation(evaluation);
    } catch (IOException e) {
      throw new IllegalStateException("could not write JSON: " + e.getMessage(), e);
    }
    // Compact output is ASCII, so Latin-1 decoding is a plain copy into the String.
    return bytes.toString(charset);
  }

  /** Writes one evaluation's fields in contract order. */
  private static final class Writer {
    private final JsonGenerator g;
    private final RoundedDecimal decimal = new RoundedDecimal();

    Writer(JsonGenerator g) {
      this.g = g;
    }

    void evaluation(Evaluation evaluation) throws IOException {
      g.writeStartObject();
      g.writeNumberField("format", FORMAT);
      g.writeStringField("profile", evaluation.profile().name());
      g.writeStringField("evaluatedOn", evaluation.today().toString());
      g.writeObjectFieldStart("catalog");
      g.writeStringField("asOf", evaluation.catalogAsOf().toString());
      g.writeNumberField("frameworks", evaluation.catalogSize());
      g.writeEndObject();
      weights(evaluation.weights());
      g.writeArrayFieldStart("ranking");
      for (RankedFramework r : evaluation.ranking()) {
        ranked(r);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("excluded");
      for (Exclusion e : evaluation.excluded()) {
        excluded(e);
      }
      g.writeEndArray();
      strings("shortlist", evaluation.shortlist().ids());
      g.writeArrayFieldStart("advisories");
      for (Advisory advisory : evaluation.advisories()) {
        g.writeStartObject();
        g.writeStringField("id", advisory.id().id());
        g.writeStringField("message", advisory.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      sensitivity(evaluation.sensitivity());
      if (evaluation.evidence().isPresent()) {
        evidence(evaluation.evidence().get());
      }
      g.writeEndObject();
    }

    private void weights(Weights weights) throws IOException {
      g.writeObjectFieldStart("weights");
      for (Criterion criterion : Criterion.values()) {
        number(criterion.id(), weights.of(criterion));
      }
      g.writeEndObject();
      g.writeStringField("weightSource", weights.source().id());
      if (weights.source() == WeightSource.AHP) {
        number("consistencyRatio", weights.consistencyRatio().orElse(0));
      }
      g.writeObjectFieldStart("weightReasons");
      for (var reasons : weights.reasons().entrySet()) {
        strings(reasons.getKey().id(), reasons.getValue());
      }
      g.writeEndObject();
      strings("weightWarnings", weights.warnings());
    }

    private void ranked(RankedFramework ranked) throws IOException {
      g.writeStartObject();
      g.writeNumberField("rank", ranked.rank());
      g.writeStringField("framework", ranked.framework().id());
      g.writeStringField("name", ranked.framework().name());
      number("score", ranked.score());
      g.writeObjectFieldStart("criteria");
      for (Criterion criterion : Criterion.values()) {
        g.writeFieldName(criterion.id());
        criterion(ranked.criteria().get(criterion));
      }
      g.writeEndObject();
      strings("risks", ranked.risks());
      if (ranked.statusQuo()) {
        g.writeBooleanField("statusQuo", true);
      }
      if (ranked.addOn().isPresent()) {
        g.writeStringField("addOn", ranked.addOn().get().id());
      }
      if (ranked.switching().isPresent()) {
        var cost = ranked.switching().get();
        g.writeObjectFieldStart("switchingCost");
        number("penalty", cost.penalty());
        number("months", cost.months());
        number("rewriteKloc", cost.rewriteKloc());
        strings("reasons", cost.reasons());
        g.writeEndObject();
      }
      g.writeEndObject();
    }

    private void criterion(CriterionScore score) throws IOException {
      g.writeStartObject();
      number("score", score.score());
      strings("reasons", score.reasons());
      g.writeArrayFieldStart("subFactors");
      for (SubFactorScore part : score.subFactors()) {
        g.writeStartObject();
        g.writeStringField("id", part.id());
        number("score", part.score());
        number("weight", part.weight());
        strings("reasons", part.reasons());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    private void excluded(Exclusion exclusion) throws IOException {
      g.writeStartObject();
      g.writeStringField("framework", exclusion.framework().id());
      g.writeStringField("name", exclusion.framework().name());
      strings("reasons", exclusion.reasons());
      g.writeEndObject();
    }

    private void sensitivity(SensitivityResult result) throws IOException {
      int decimals = result.decimals();
      g.writeObjectFieldStart("sensitivity");
      g.writeNumberField("samples", result.samples());
      g.writeNumberField("sampleBudget", result.sampleBudget());
      number("precision", result.precision());
      number("confidence", CONFIDENCE);
      g.writeNumberField("seed", result.seed());
      number("concentration", result.concentration());
      g.writeFieldName("winnerProbability");
      rounded(result.winnerProbability(), decimals);
      g.writeObjectFieldStart("rankAcceptability");
      for (var shares : result.rankAcceptability().entrySet()) {
        g.writeArrayFieldStart(shares.getKey());
        for (double share : shares.getValue()) {
          rounded(share, decimals);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeArrayFieldStart("flips");
      for (Flip flip : result.flips()) {
        g.writeStartObject();
        g.writeStringField("criterion", flip.criterion().id());
        number("weightChange", flip.weightChange());
        g.writeStringField("newWinner", flip.newWinner());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    private void evidence(Evidence evidence) throws IOException {
      g.writeObjectFieldStart("evidence");
      g.writeStringField("source", evidence.source());
      g.writeStringField("date", evidence.date().map(LocalDate::toString).orElse(""));
      g.writeArrayFieldStart("candidates");
      for (MeasuredCandidate c : evidence.candidates()) {
        g.writeStartObject();
        g.writeStringField("framework", c.framework());
        g.writeStringField("name", c.name());
        number("maxSustainableRps", c.maxSustainableRps());
        number("p99AtTargetMs", c.p99AtTargetMs());
        number("startupMs", c.startupMs());
        number("peakRssMb", c.peakRssMb());
        number("errorRate", c.errorRate());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    private void number(String field, double value) throws IOException {
      g.writeFieldName(field);
      rounded(value, 4);
    }

    private void rounded(double value, int decimals) throws IOException {
      decimal.format(value, decimals);
      g.writeNumber(decimal.buffer(), 0, decimal.length());
    }

    private void strings(String field, List<String> values) throws IOException {
      g.writeArrayFieldStart(field);
      for (String value : values) {
        g.writeString(value);
      }
      g.writeEndArray();
    }
  }
}
