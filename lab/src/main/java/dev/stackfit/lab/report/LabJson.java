package dev.stackfit.lab.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.machine.MachineBound;
import dev.stackfit.lab.machine.MachineInfo;
import dev.stackfit.lab.run.LabResult;
import dev.stackfit.lab.run.RunConditions;
import dev.stackfit.lab.run.Spread;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link LabResult} as the lab JSON of docs/contracts/lab-json.md, which {@code stackfit
 * recommend --evidence} and {@code stackfit lab compare} read back; {@link #FORMAT} changes only
 * when a field changes meaning or goes away; new fields keep it.
 */
public final class LabJson {
  /** Version 2 added the machine's state, preparation, repetitions and the figures' quality. */
  public static final int FORMAT = 2;

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
    json.put("format", FORMAT);
    json.put("name", lab.name());
    json.put("date", r.started().atZone(ZoneOffset.UTC).toLocalDate().toString());
    json.put("started", r.started().toString());
    json.put("tookSeconds", round(r.took().toMillis() / 1000.0));
    json.put("machine", machine(r));
    json.put(
        "cpuSplit",
        map(
            "pinned",
            r.split().pinned(),
            "generatorCpus",
            r.split().generatorCpus(),
            "candidateCpus",
            r.split().candidateCpus(),
            "note",
            r.split().note()));
    json.put(
        "provenance",
        map(
            "labFile",
            lab.source().toString(),
            "labFileSha256",
            r.provenance().labFileSha256(),
            "stackfitVersion",
            r.provenance().stackfitVersion(),
            "stackfitCommit",
            r.provenance().stackfitCommit(),
            "commitSource",
            r.provenance().commitSource()));
    json.put("thresholds", thresholds(lab));
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
            lab.repetitions(),
            "maxRepetitions",
            lab.maxRepetitions(),
            "startups",
            lab.startups()));
    json.put(
        "candidates",
        r.candidates().stream().map(c -> CandidateJson.candidate(c, r.machine().cores())).toList());
    return json;
  }

  private static Map<String, Object> machine(LabResult r) {
    MachineInfo m = r.machine();
    RunConditions during = r.conditions();
    return map(
        "description",
        m.description(),
        "cores",
        m.cores(),
        "cpuModel",
        m.cpuModel(),
        "memoryMb",
        m.memoryMb(),
        "os",
        m.os(),
        "java",
        m.java(),
        "duringRun",
        map(
            "steps",
            during.steps(),
            "machineBoundSteps",
            during.machineBoundSteps(),
            "idleShare",
            spread(during.idle()),
            "stealShare",
            spread(during.steal()),
            "loadAverage",
            spread(during.loadAverage()),
            "generatorCores",
            spread(during.generatorCores())));
  }

  private static Map<String, Object> thresholds(LabFile lab) {
    return map(
        "minIdleShare",
        MachineBound.MIN_AVAILABLE_SHARE,
        "maxStealShare",
        MachineBound.MAX_STEAL_SHARE,
        "maxGeneratorLagMs",
        round(MachineBound.lagLimitMs(lab.targets().p99LatencyMs())),
        "maxGeneratorCpuShare",
        MachineBound.MAX_GENERATOR_SHARE);
  }

  /** A spread as {count, min, median, max}, or null when there are no values. */
  static Map<String, Object> spread(Spread s) {
    if (s.isEmpty()) {
      return null;
    }
    return map(
        "count",
        s.count(),
        "min",
        round(s.min()),
        "median",
        round(s.median()),
        "max",
        round(s.max()));
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  /** A figure that is -1 when unknown, rounded, or null. */
  static Double known(double value) {
    return value < 0 ? null : round(value);
  }
}
