package dev.stackfit.web.team;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.Identified;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.group.Ballot;
import dev.stackfit.core.profile.PairwiseJudgment;
import dev.stackfit.core.profile.RatioText;
import dev.stackfit.core.text.TextLimit;
import dev.stackfit.web.HttpProblem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Ballots as JSON, the form they are stored and sent in by API clients: {@code {"weights":
 * {"team-expertise": 3, ...}, "judgments": [[left, right, ratio]], "ratings": {"quarkus":
 * {"team-expertise": 4}}, "comments": {...}, "concerns": "...", "enjoyment": {"quarkus": 5}}}.
 */
final class BallotJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BallotJson() {}

  static String write(Ballot ballot) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode weights = root.putObject("weights");
    ballot.weights().forEach((c, w) -> weights.put(c.id(), w));
    ArrayNode judgments = root.putArray("judgments");
    for (PairwiseJudgment j : ballot.judgments()) {
      judgments.addArray().add(j.left().id()).add(j.right().id()).add(j.ratio());
    }
    ObjectNode ratings = root.putObject("ratings");
    ballot.ratings().forEach((f, byC) -> byC.forEach((c, r) -> node(ratings, f).put(c.id(), r)));
    ObjectNode comments = root.putObject("comments");
    ballot.comments().forEach((f, byC) -> byC.forEach((c, t) -> node(comments, f).put(c.id(), t)));
    root.put("concerns", ballot.concerns());
    ObjectNode enjoyment = root.putObject("enjoyment");
    ballot.enjoyment().forEach(enjoyment::put);
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode node(ObjectNode parent, String name) {
    return parent.has(name) ? (ObjectNode) parent.get(name) : parent.putObject(name);
  }

  /** Reads a ballot for {@code participant}, checking every id against the session's. */
  static Ballot read(String json, String participant, List<String> frameworks) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw badBallot("the ballot is not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw badBallot("the ballot must be a JSON object");
    }
    Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
    root.path("weights")
        .properties()
        .forEach(
            e -> {
              Criterion c = criterion(e.getKey());
              weights.put(c, BallotNumbers.weight(e.getValue(), "weights." + c.id()));
            });
    List<PairwiseJudgment> judgments = new ArrayList<>();
    for (JsonNode j : root.path("judgments")) {
      judgments.add(judgment(j));
    }
    Map<String, Map<Criterion, Integer>> ratings = new LinkedHashMap<>();
    Map<String, Map<Criterion, String>> comments = new LinkedHashMap<>();
    Map<String, Integer> enjoyment = new LinkedHashMap<>();
    for (String f : frameworks) {
      Map<Criterion, Integer> r = new EnumMap<>(Criterion.class);
      root.path("ratings")
          .path(f)
          .properties()
          .forEach(
              e -> {
                Criterion c = criterion(e.getKey());
                r.put(
                    c,
                    BallotNumbers.oneToFive(
                        e.getValue(),
                        "ratings." + f + "." + c.id() + " (" + BallotNumbers.rating(f, c) + ")"));
              });
      ratings.put(f, r);
      Map<Criterion, String> c = new EnumMap<>(Criterion.class);
      root.path("comments")
          .path(f)
          .properties()
          .forEach(
              e -> c.put(criterion(e.getKey()), text(e.getValue().asText(), TextLimit.COMMENT)));
      comments.put(f, c);
      if (root.path("enjoyment").has(f)) {
        enjoyment.put(
            f,
            BallotNumbers.oneToFive(
                root.path("enjoyment").path(f),
                "enjoyment." + f + " (" + BallotNumbers.enjoyment(f) + ")"));
      }
    }
    String concerns = text(root.path("concerns").asText(""), TextLimit.CONCERNS);
    return checked(
        () -> new Ballot(participant, weights, judgments, ratings, comments, concerns, enjoyment),
        frameworks);
  }

  /**
   * The ballot {@code make} builds, complete for a round on {@code frameworks}; a rule of {@link
   * Ballot} it breaks is a 400 naming it.
   */
  static Ballot checked(Supplier<Ballot> make, List<String> frameworks) {
    try {
      Ballot ballot = make.get();
      ballot.requireComplete(DecisionSessions.CRITERIA, frameworks);
      return ballot;
    } catch (IllegalArgumentException | BadInputException e) {
      throw badBallot(e.getMessage());
    }
  }

  private static PairwiseJudgment judgment(JsonNode j) {
    if (!j.isArray() || j.size() != 3) {
      throw badBallot("a judgment is [left, right, ratio]");
    }
    try {
      return new PairwiseJudgment(
          criterion(j.get(0).asText()), criterion(j.get(1).asText()), ratio(j.get(2).asText(), ""));
    } catch (IllegalArgumentException e) {
      throw badBallot(e.getMessage());
    }
  }

  /** A positive ratio, "3" or "1/3"; {@code where} names the field in the message. */
  static double ratio(String text, String where) {
    return RatioText.parse(text)
        .orElseThrow(
            () -> badBallot(where + "a ratio is a positive number or N/M, was \"" + text + "\""));
  }

  static Criterion criterion(String id) {
    return Identified.byId(Criterion.class, id)
        .orElseThrow(() -> badBallot("criterion " + Identified.notOneOf(Criterion.class, id)));
  }

  static HttpProblem badBallot(String detail) {
    return HttpProblem.badRequest("bad-ballot", detail);
  }

  /** A ballot's free text, stripped; longer than its documented maximum is a bad ballot. */
  static String text(String value, TextLimit limit) {
    return TextFields.text(value, limit, "bad-ballot");
  }
}
