package dev.stackfit.lab.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.run.CandidateResult;
import dev.stackfit.lab.run.LabResult;
import dev.stackfit.lab.run.Measurement;
import dev.stackfit.lab.run.StepResult;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link LabResult} as the lab JSON of docs/contracts/lab-json.md, which {@code stackfit
 * recommend --evidence} reads back.
 */
public final class LabJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private LabJson() {}

  /** Pretty-printed JSON, fields in a fixed order. */
  public static String write(LabResult result) {
    try {
      return MAPPER.writeValueAsString(tree(result));
    } catch (JsonProcessingException e) {
      // Maps of numbers and strings always serialise: a failure here is a bug.
      throw new IllegalStateException("cannot write lab result JSON", e);
    }
  }

  private static Map<String, Object> tree(LabResult r) {
    LabFile lab = r.lab();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("format", 1);
    json.put("name", lab.name());
    json.put("date", r.started().atZone(ZoneOffset.UTC).toLocalDate().toString());
    json.put("started", r.started().toString());
    json.put("machine", r.machine());
    json.put(
        "targets",
        map(
            "rps",
            lab.targets().rps(),
            "p99Ms",
            lab.targets().p99LatencyMs(),
            "basis",
            lab.targets().basis()));
    json.put(
        "load",
        map(
            "warmupMs",
            lab.load().warmup().toMillis(),
            "stepMs",
            lab.load().stepDuration().toMillis(),
            "ratesPerSec",
            lab.load().ratesPerSec(lab.targets().rps()),
            "maxErrorRate",
            lab.load().maxErrorRate(),
            "repetitions",
            lab.repetitions()));
    json.put("candidates", r.candidates().stream().map(LabJson::candidate).toList());
    return json;
  }

  private static Map<String, Object> candidate(CandidateResult c) {
    Measurement m = c.representative();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", c.candidate().name());
    json.put("framework", c.candidate().framework());
    json.put("startupMs", m.startupMs() < 0 ? null : round(m.startupMs()));
    json.put("idleRssMb", round(m.idleRssMb()));
    json.put("peakRssMb", round(m.peakRssMb()));
    json.put("cpuSeconds", round(m.cpuSeconds()));
    json.put("maxSustainableRps", round(c.maxSustainableRps()));
    json.put("atTarget", c.target().map(LabJson::atTarget).orElse(null));
    json.put("verdict", c.verdict());
    json.put("failure", m.failure());
    json.put("sustainedPerRepetition", c.sustainedPerRepetition());
    json.put("forcedStop", m.forcedStop());
    json.put("portFreed", m.portFreed());
    json.put("steps", m.steps().stream().map(LabJson::step).toList());
    json.put("log", m.log().toString());
    return json;
  }

  private static Map<String, Object> atTarget(StepResult s) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rate", round(s.targetRps()));
    json.put("achievedRate", round(s.achievedRps()));
    json.put("requests", s.requests());
    json.put(
        "latencyMs",
        map(
            "p50",
            round(s.p50Ms()),
            "p90",
            round(s.p90Ms()),
            "p99",
            round(s.p99Ms()),
            "max",
            round(s.maxMs())));
    json.put("errors", s.errors());
    return json;
  }

  private static Map<String, Object> step(StepResult s) {
    Map<String, Object> json = atTarget(s);
    json.put("cpuSeconds", round(s.cpuSeconds()));
    json.put("peakRssMb", round(s.peakRssMb()));
    json.put("sustained", s.sustained());
    json.put("shortfall", s.shortfall().isEmpty() ? null : s.shortfall());
    return json;
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
