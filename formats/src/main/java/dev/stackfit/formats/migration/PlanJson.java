package dev.stackfit.formats.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.evaluation.RankedFramework;
import dev.stackfit.core.migration.ApiOperation;
import dev.stackfit.core.migration.MigrationPlan;
import dev.stackfit.core.migration.Slice;
import dev.stackfit.core.switching.Switching;
import dev.stackfit.core.switching.SwitchingCost;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The plan of {@code stackfit migrate plan} as JSON ({@code "format": 1}; fields may be added,
 * never renamed: docs/migration.md).
 */
public final class PlanJson {
  public static final int FORMAT = 1;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PlanJson() {}

  /** Person-months of rewriting for the whole move. */
  static double personMonths(SwitchingCost cost) {
    return cost.rewriteKloc() / Switching.KLOC_PER_PERSON_MONTH;
  }

  public static String write(MigrationPlan plan, NginxFacade facade, String facadeFile) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("profile", plan.profile());
    root.put("madeOn", plan.today().toString());
    root.putObject("from").put("framework", plan.from().id()).put("name", plan.from().name());
    root.putObject("to").put("framework", plan.to().id()).put("name", plan.to().name());
    ObjectNode evaluation = root.putObject("evaluation");
    rank(evaluation, "stay", plan.stay());
    rank(evaluation, "target", plan.target());
    evaluation.put("stayRanksHigher", plan.stayRanksHigher());
    ObjectNode cost = root.putObject("switchingCost");
    cost.put("penalty", round(plan.cost().penalty()));
    cost.put("rewriteKloc", round(plan.cost().rewriteKloc()));
    cost.put("personMonths", round(personMonths(plan.cost())));
    cost.put("months", round(plan.cost().months()));
    ArrayNode reasons = cost.putArray("reasons");
    plan.cost().reasons().forEach(reasons::add);
    ObjectNode facadeNode = root.putObject("facade");
    facadeNode.put("file", facadeFile);
    facadeNode.put("listen", facade.listen());
    facadeNode.put("old", facade.oldService());
    facadeNode.put("new", facade.newService());
    facadeNode.put("accessLog", facade.accessLog());
    ArrayNode slices = root.putArray("slices");
    for (Slice s : plan.slices()) {
      slices.add(slice(plan, s, facade, facadeFile));
    }
    ArrayNode notes = root.putArray("notes");
    plan.notes().forEach(notes::add);
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static ObjectNode slice(
      MigrationPlan plan, Slice s, NginxFacade facade, String facadeFile) {
    SliceSteps steps = SliceSteps.of(plan, s, facade, facadeFile);
    ObjectNode node = MAPPER.createObjectNode();
    node.put("order", s.order());
    node.put("id", s.id());
    node.put("prefix", s.prefix());
    node.put("changesState", s.changesState());
    ArrayNode ops = node.putArray("operations");
    for (ApiOperation op : s.operations()) {
      ops.addObject()
          .put("method", op.method())
          .put("path", op.path())
          .put("summary", op.summary());
    }
    if (s.recordedRequests().isPresent()) {
      node.put("recordedRequests", s.recordedRequests().getAsLong());
    }
    node.put("match", s.match());
    node.put("movedToNew", facade.moved().contains(s.id()));
    node.put("facadeLine", steps.facadeLine());
    node.put("personMonths", round(s.personMonths()));
    node.put("months", round(s.months()));
    node.put("reason", s.reason());
    node.put("move", steps.move());
    node.put("verify", steps.verify());
    node.put("verifyNote", steps.verifyNote());
    node.put("rollback", steps.rollback());
    return node;
  }

  private static void rank(ObjectNode node, String name, Optional<RankedFramework> ranked) {
    if (ranked.isPresent()) {
      node.putObject(name)
          .put("rank", ranked.get().rank())
          .put("score", round(ranked.get().score()));
    } else {
      node.putNull(name);
    }
  }

  private static BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }
}
