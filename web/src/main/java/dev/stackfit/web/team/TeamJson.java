package dev.stackfit.web.team;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.decision.DecisionStatus;
import dev.stackfit.core.group.GroupResult;
import dev.stackfit.core.team.DecisionRecord;
import dev.stackfit.core.team.Member;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.team.TeamSession;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON documents of the team API (docs/contracts/api.md; their schemas are in the OpenAPI
 * description): sessions, a revealed round's aggregate, decision summaries.
 */
final class TeamJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private TeamJson() {}

  static void answer(Context ctx, ObjectNode body) {
    ctx.contentType("application/json").result(body.toString());
  }

  /** One line of the caller's sessions list. */
  static ObjectNode summary(TeamSession s, String role) {
    ObjectNode item = MAPPER.createObjectNode();
    item.put("id", s.id());
    item.put("title", s.title());
    item.put("evaluation", s.evaluationId());
    item.put("round", s.round());
    item.put("state", s.state().id());
    item.put("role", role);
    ArrayNode frameworks = item.putArray("frameworks");
    s.frameworks().forEach(frameworks::add);
    item.put("createdAt", s.createdAt().toString());
    return item;
  }

  /** A session as one of its members sees it: never a ballot, only how many were submitted. */
  static ObjectNode session(
      DecisionSessions.Membership m, int submitted, List<Member> members, List<String> decisions) {
    ObjectNode body = summary(m.session(), m.role().id());
    ArrayNode criteria = body.putArray("criteria");
    DecisionSessions.CRITERIA.forEach(c -> criteria.add(c.id()));
    body.put("submitted", submitted);
    body.put("participants", members.stream().filter(x -> x.role() == Role.PARTICIPANT).count());
    ArrayNode people = body.putArray("members");
    members.forEach(x -> people.addObject().put("name", x.name()).put("role", x.role().id()));
    ArrayNode recorded = body.putArray("decisions");
    decisions.forEach(recorded::add);
    return body;
  }

  /** A revealed round's aggregate, what the reveal page shows. */
  static ObjectNode round(String sessionId, int round, GroupResult g) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("session", sessionId);
    body.put("round", round);
    ArrayNode criteria = body.putArray("criteria");
    g.criteria().forEach(c -> criteria.add(c.id()));
    ArrayNode frameworks = body.putArray("frameworks");
    g.frameworks().forEach(frameworks::add);
    ArrayNode ranking = body.putArray("ranking");
    g.ranking().forEach(ranking::add);
    ObjectNode aij = body.putObject("aij");
    byCriterion(aij.putObject("weights"), g.aijWeights());
    number(aij, "consistencyRatio", g.aijConsistencyRatio());
    byFramework(aij.putObject("scores"), g.aijScores());
    byFramework(body.putObject("aip").putObject("scores"), g.aipScores());
    ObjectNode spread = body.putObject("spread");
    byCriterion(spread.putObject("weights"), g.weightDisagreement());
    byFramework(spread.putObject("priorities"), g.frameworkDisagreement());
    number(body, "kendallW", g.kendallW());
    ArrayNode outliers = body.putArray("outliers");
    g.outliers().forEach(outliers::add);
    byFramework(body.putObject("enjoyment"), g.enjoyment());
    ArrayNode individual = body.putArray("individual");
    for (GroupResult.Individual i : g.individual()) {
      ObjectNode person = individual.addObject();
      person.put("participant", i.participant());
      byCriterion(person.putObject("weights"), i.weights());
      byFramework(person.putObject("priorities"), i.priorities());
      ArrayNode order = person.putArray("ranking");
      i.ranking().forEach(order::add);
    }
    return body;
  }

  /** One line of the decisions list. */
  static ObjectNode decision(DecisionRecord record, Decision d, LocalDate today) {
    ObjectNode item = MAPPER.createObjectNode();
    item.put("id", d.id());
    item.put("session", record.sessionId());
    item.put("title", d.title());
    item.put("status", d.status().id());
    d.supersededBy()
        .ifPresentOrElse(s -> item.put("supersededBy", s), () -> item.putNull("supersededBy"));
    item.put("date", d.date().toString());
    item.put("reviewBy", d.reviewBy().toString());
    item.put("chosen", d.chosen());
    // As on the pages: an accepted decision whose review date has come.
    item.put("due", d.status() == DecisionStatus.ACCEPTED && d.dueForReview(today));
    return item;
  }

  private static void byCriterion(ObjectNode node, Map<Criterion, Double> values) {
    values.forEach((c, v) -> number(node, c.id(), v));
  }

  private static void byFramework(ObjectNode node, Map<String, Double> values) {
    values.forEach((f, v) -> number(node, f, v));
  }

  /** Four decimals; null where the figure does not exist (NaN: too few people to compare). */
  private static void number(ObjectNode node, String field, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      node.putNull(field);
    } else {
      node.put(field, Math.round(value * 10_000) / 10_000.0);
    }
  }
}
