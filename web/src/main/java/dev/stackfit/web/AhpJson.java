package dev.stackfit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.Identified;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.PairwiseJudgment;
import dev.stackfit.core.profile.RatioText;
import dev.stackfit.core.weights.Ahp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The live AHP feedback endpoint: {@code {"judgments": [["team-expertise", "scale-fit", 3], ...]}}
 * in, eigenvector weights and the consistency ratio out. Ratios may be numbers or "1/3".
 */
final class AhpJson {
  private static final int MAX_JUDGMENTS = 15;

  private AhpJson() {}

  static ObjectNode answer(JsonNode request) {
    List<PairwiseJudgment> judgments = judgments(request);
    Ahp.Result result = Ahp.compute(judgments);
    ObjectNode body = Json.object();
    ObjectNode weights = body.putObject("weights");
    for (Map.Entry<Criterion, Double> e : result.weights().entrySet()) {
      weights.put(e.getKey().id(), Math.round(e.getValue() * 10_000) / 10_000.0);
    }
    body.put("consistencyRatio", Math.round(result.consistencyRatio() * 10_000) / 10_000.0);
    body.put("acceptable", result.consistencyRatio() <= Ahp.ACCEPTABLE_CR);
    body.put("threshold", Ahp.ACCEPTABLE_CR);
    return body;
  }

  static List<PairwiseJudgment> judgments(JsonNode request) {
    JsonNode list = request.path("judgments");
    if (!list.isArray() || list.isEmpty() || list.size() > MAX_JUDGMENTS) {
      throw bad("judgments must be a list of 1 to " + MAX_JUDGMENTS + " [left, right, ratio]");
    }
    List<PairwiseJudgment> judgments = new ArrayList<>();
    Map<Set<Criterion>, String> seen = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      String where = "judgments[" + i + "]";
      if (!item.isArray() || item.size() != 3) {
        throw bad(where + " must be [left, right, ratio]");
      }
      Criterion left = criterion(item.get(0), where + "[0]");
      Criterion right = criterion(item.get(1), where + "[1]");
      double ratio = ratio(item.get(2), where + "[2]");
      String first = left == right ? null : seen.putIfAbsent(Set.of(left, right), where);
      if (first != null) {
        // The profile reader refuses the same: one answer per pair, or the later one would
        // silently win and the consistency ratio would hide the contradiction.
        throw bad(
            where
                + " compares "
                + left.id()
                + " and "
                + right.id()
                + " again; "
                + first
                + " already did: give one judgment per pair");
      }
      try {
        judgments.add(new PairwiseJudgment(left, right, ratio));
      } catch (IllegalArgumentException e) {
        throw bad(where + ": " + e.getMessage());
      }
    }
    return judgments;
  }

  private static Criterion criterion(JsonNode node, String where) {
    String id = node.asText();
    return Identified.byId(Criterion.class, id)
        .orElseThrow(() -> bad(where + ": " + Identified.notOneOf(Criterion.class, id)));
  }

  private static double ratio(JsonNode node, String where) {
    if (node.isNumber()) {
      return node.asDouble();
    }
    String text = node.asText("");
    return RatioText.parse(text)
        .orElseThrow(() -> bad(where + ": \"" + text.strip() + "\" is not a ratio like 3 or 1/3"));
  }

  private static HttpProblem bad(String detail) {
    return new HttpProblem(400, "bad-judgments", "Bad judgments", detail);
  }
}
