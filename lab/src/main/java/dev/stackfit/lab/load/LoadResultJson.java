package dev.stackfit.lab.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a {@link LoadResult} as the load JSON of docs/contracts/load-json.md. */
public final class LoadResultJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private LoadResultJson() {}

  /** Pretty-printed JSON, fields in a fixed order. */
  public static String write(LoadResult r) {
    try {
      return MAPPER.writeValueAsString(tree(r));
    } catch (JsonProcessingException e) {
      // Maps of numbers and strings always serialise: a failure here is a bug.
      throw new IllegalStateException("cannot write load result JSON", e);
    }
  }

  static Map<String, Object> tree(LoadResult r) {
    LoadPlan plan = r.plan();
    boolean open = plan.mode() == LoadMode.OPEN;
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("format", 1);
    json.put("target", plan.target().toString());
    json.put("mode", plan.mode().id());
    json.put("arrival", open ? plan.arrival().id() : null);
    json.put("rateCurve", open ? plan.rate().describe() : null);
    json.put("targetRate", r.targetRatePerSec() == null ? null : round(r.targetRatePerSec()));
    json.put("achievedRate", round(r.achievedRatePerSec()));
    json.put("requests", r.requests());
    json.put("sent", r.sent());
    json.put("responses", r.responses());
    json.put("ok", r.ok());
    json.put("errors", errors(r.errors()));
    json.put("latencyFrom", open ? "intended start" : "actual send");
    json.put("latencyMs", percentiles(r.latencyMs()));
    json.put("serviceTimeMs", percentiles(r.serviceTimeMs()));
    json.put("scheduleLagMs", open ? percentiles(r.scheduleLagMs()) : null);
    json.put("connectionWaitMs", percentiles(r.connectionWaitMs()));
    json.put("maxBacklog", r.maxBacklog());
    json.put("dropped", r.dropped());
    json.put("unsentAtEnd", r.unsentAtEnd());
    json.put("stages", r.stages().stream().map(LoadResultJson::stage).toList());
    json.put("settings", settings(r));
    json.put("generatorCpu", cpu(r.cpu()));
    json.put(
        "coordinatedOmission",
        open
            ? "avoided: latency counts from each request's intended start"
            : "subject: the closed model under-counts server stalls");
    json.put("warnings", r.warnings());
    return json;
  }

  private static Map<String, Object> settings(LoadResult r) {
    LoadPlan plan = r.plan();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("durationMs", plan.duration().toMillis());
    json.put("warmupMs", plan.warmup().toMillis());
    json.put("timeoutMs", plan.timeout().toMillis());
    json.put("maxRequests", plan.maxRequests());
    json.put("connections", plan.sizing().connections());
    json.put("connectionsOpened", r.connectionsOpened());
    json.put("maxInFlight", plan.sizing().maxInFlight());
    json.put("sizing", plan.sizing().reason());
    json.put("threads", plan.threads());
    json.put("transport", r.transport());
    json.put("measuredSeconds", round(r.measuredSeconds()));
    json.put("seed", plan.seed());
    return json;
  }

  private static Map<String, Object> stage(LoadResult.Stage stage) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("targetRate", round(stage.targetRatePerSec()));
    json.put("achievedRate", round(stage.achievedRatePerSec()));
    json.put("requests", stage.requests());
    json.put("responses", stage.responses());
    json.put("errors", stage.errors());
    json.put("latencyMs", percentiles(stage.latencyMs()));
    json.put("serviceTimeMs", percentiles(stage.serviceTimeMs()));
    return json;
  }

  private static Map<String, Object> errors(LoadResult.Errors e) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("connect", e.connect());
    json.put("read", e.read());
    json.put("timeout", e.timeout());
    json.put("status", e.status());
    json.put("body", e.body());
    return json;
  }

  private static Map<String, Object> percentiles(LoadResult.Percentiles p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("p50", p.p50());
    json.put("p90", p.p90());
    json.put("p99", p.p99());
    json.put("p999", p.p999());
    json.put("p9999", p.p9999());
    json.put("max", p.max());
    json.put("mean", round(p.mean()));
    return json;
  }

  private static Map<String, Object> cpu(LoadResult.GeneratorCpu cpu) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("cpuSeconds", round(cpu.cpuSeconds()));
    json.put("coresUsed", round(cpu.coresUsed()));
    json.put("budgetCores", cpu.budgetCores());
    json.put("percentOfBudget", round(cpu.percentOfBudget()));
    json.put("mayBeBottleneck", cpu.mayBeBottleneck());
    return json;
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
