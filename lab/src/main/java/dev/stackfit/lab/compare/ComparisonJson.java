package dev.stackfit.lab.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stackfit.lab.run.Spread;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code lab compare --format json}: the same comparison for scripts. */
public final class ComparisonJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ComparisonJson() {}

  public static String write(Comparison c) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", c.a().name());
    json.put("a", run(c.a()));
    json.put("b", run(c.b()));
    json.put("candidates", c.candidates().stream().map(ComparisonJson::candidate).toList());
    json.put("beyondSpread", c.beyondSpread());
    json.put("onlyInOne", c.onlyInOne());
    json.put("notes", c.notes());
    try {
      return MAPPER.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the comparison as JSON", e);
    }
  }

  private static Map<String, Object> run(LabRun r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", r.source());
    json.put("format", r.format());
    json.put("started", r.started());
    json.put("stackfitCommit", r.stackfitCommit());
    json.put("labFileSha256", r.labFileSha256());
    json.put("cores", r.machine().cores());
    json.put("cpuModel", r.machine().cpuModel());
    json.put("idleShare", spread(r.machine().idle()));
    json.put("stealShare", spread(r.machine().steal()));
    json.put("loadAverage", spread(r.machine().loadAverage()));
    json.put("steps", r.machine().steps() < 0 ? null : r.machine().steps());
    json.put(
        "machineBoundSteps",
        r.machine().machineBoundSteps() < 0 ? null : r.machine().machineBoundSteps());
    return json;
  }

  private static Map<String, Object> candidate(Comparison.CandidateRows c) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", c.a().name());
    json.put("framework", c.a().framework());
    json.put("verdict", pair(c.a().verdict(), c.b().verdict()));
    json.put("verdictChanged", c.verdictChanged());
    json.put("quality", pair(c.a().quality(), c.b().quality()));
    List<Map<String, Object>> figures =
        c.figures().stream()
            .map(
                f -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("figure", f.figure());
                  row.put("unit", f.unit());
                  row.put("a", spread(f.a()));
                  row.put("b", spread(f.b()));
                  row.put(
                      "difference",
                      f.difference().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                  return row;
                })
            .toList();
    json.put("figures", figures);
    return json;
  }

  private static Map<String, Object> pair(Object a, Object b) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("a", a);
    json.put("b", b);
    return json;
  }

  private static Map<String, Object> spread(Spread s) {
    if (s.isEmpty()) {
      return null;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("count", s.count());
    json.put("min", round(s.min()));
    json.put("median", round(s.median()));
    json.put("max", round(s.max()));
    return json;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
