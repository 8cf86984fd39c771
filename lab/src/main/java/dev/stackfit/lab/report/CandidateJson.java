package dev.stackfit.lab.report;

import static dev.stackfit.lab.report.LabJson.known;
import static dev.stackfit.lab.report.LabJson.map;
import static dev.stackfit.lab.report.LabJson.round;
import static dev.stackfit.lab.report.LabJson.spread;

import dev.stackfit.lab.machine.StepConditions;
import dev.stackfit.lab.run.Agreement;
import dev.stackfit.lab.run.CandidateResult;
import dev.stackfit.lab.run.Measurement;
import dev.stackfit.lab.run.Preparation;
import dev.stackfit.lab.run.Spread;
import dev.stackfit.lab.run.StepResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One candidate of the lab result JSON: the contract's fields first, then the detail. */
final class CandidateJson {
  private CandidateJson() {}

  static Map<String, Object> candidate(CandidateResult c, int cores) {
    Measurement m = c.representative();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", c.candidate().name());
    json.put("framework", c.candidate().framework());
    json.put("startupMs", known(c.startupMs()));
    json.put("idleRssMb", round(m.idleRssMb()));
    json.put("peakRssMb", round(m.peakRssMb()));
    json.put("cpuSeconds", round(m.cpuSeconds()));
    json.put("maxSustainableRps", round(c.maxSustainableRps()));
    json.put("atTarget", c.target().map(CandidateJson::atTarget).orElse(null));
    json.put("verdict", c.verdict());
    json.put("quality", c.quality().id());
    json.put("qualityNote", c.qualityNote().isEmpty() ? null : c.qualityNote());
    json.put("failure", m.failure());
    json.put("sustainedPerRepetition", c.sustainedPerRepetition());
    json.put("forcedStop", m.forcedStop());
    json.put("portFreed", m.portFreed());
    json.put("versions", c.preparation().versions());
    json.put("preparation", preparation(c.preparation()));
    json.put(
        "startup",
        map(
            "samplesMs",
            c.startupSamplesMs().stream().map(LabJson::round).toList(),
            "spreadMs",
            spread(Spread.of(c.startupSamplesMs()))));
    json.put("agreement", agreement(c.agreement(), c.repetitions().size()));
    json.put("cpuPer1000Requests", cpuPer1000(c));
    json.put("steps", m.steps().stream().map(s -> step(s, cores)).toList());
    json.put("repetitions", repetitions(c, cores));
    json.put("log", path(m.log()));
    return json;
  }

  private static Map<String, Object> preparation(Preparation p) {
    if (!p.ran()) {
      return null;
    }
    return map(
        "command",
        p.command(),
        "seconds",
        round(p.seconds()),
        "exitCode",
        p.exitCode(),
        "failure",
        p.failure(),
        "log",
        path(p.log()));
  }

  private static Map<String, Object> agreement(Agreement a, int run) {
    return map(
        "agreed",
        a.agreed(),
        "spreadSteps",
        a.spreadSteps(),
        "counted",
        a.group(),
        "outliers",
        a.outliers(),
        "repetitionsRun",
        run,
        "extraRepetitions",
        a.extraRepetitions());
  }

  private static Map<String, Object> cpuPer1000(CandidateResult c) {
    List<Map<String, Object>> perStep = new ArrayList<>();
    for (StepResult s : c.representative().steps()) {
      List<Double> values = new ArrayList<>();
      for (Measurement m : c.repetitions()) {
        m.stepAt(s.targetRps())
            .map(StepResult::cpuPer1000Requests)
            .filter(v -> v >= 0)
            .ifPresent(values::add);
      }
      Map<String, Object> entry = map("rate", round(s.targetRps()));
      entry.put("perRepetition", values.stream().map(LabJson::round).toList());
      entry.put("spread", spread(Spread.of(values)));
      perStep.add(entry);
    }
    return map(
        "atTarget",
        c.target().map(t -> spread(c.cpuPer1000At(t.targetRps()))).orElse(null),
        "perStep",
        perStep);
  }

  private static List<Map<String, Object>> repetitions(CandidateResult c, int cores) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i < c.repetitions().size(); i++) {
      Measurement m = c.repetitions().get(i);
      Map<String, Object> json = map("repetition", i + 1);
      json.put("startupMs", known(m.startupMs()));
      json.put("startupSamplesMs", m.startupSamplesMs().stream().map(LabJson::round).toList());
      json.put("idleRssMb", round(m.idleRssMb()));
      json.put("peakRssMb", round(m.peakRssMb()));
      json.put("cpuSeconds", round(m.cpuSeconds()));
      json.put("maxSustainableRps", round(m.maxSustainableRps()));
      json.put("limitMachineBound", m.limitMachineBound());
      json.put("failure", m.failure());
      json.put("steps", m.steps().stream().map(s -> step(s, cores)).toList());
      json.put("log", path(m.log()));
      list.add(json);
    }
    return list;
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
    json.put("cpuPer1000Requests", known(s.cpuPer1000Requests()));
    json.put("machineBound", s.isMachineBound());
    return json;
  }

  private static Map<String, Object> step(StepResult s, int cores) {
    Map<String, Object> json = atTarget(s);
    json.put("cpuSeconds", round(s.cpuSeconds()));
    json.put("peakRssMb", round(s.peakRssMb()));
    json.put("sustained", s.sustained());
    json.put("shortfall", s.shortfall().isEmpty() ? null : s.shortfall());
    json.put("machineBoundReasons", s.machineBound());
    json.put("machine", conditions(s, cores));
    return json;
  }

  private static Map<String, Object> conditions(StepResult s, int cores) {
    StepConditions c = s.conditions();
    if (!c.cpu().known()) {
      return null;
    }
    return map(
        "idleShare",
        round(c.cpu().idle()),
        "iowaitShare",
        round(c.cpu().iowait()),
        "userShare",
        round(c.cpu().user()),
        "systemShare",
        round(c.cpu().system()),
        "stealShare",
        round(c.cpu().steal()),
        "loadAverage",
        known(c.loadAverage()),
        "seconds",
        round(c.seconds()),
        "generatorCpuSeconds",
        known(c.generatorCpuSeconds()),
        "generatorLagP99Ms",
        round(c.generatorLagP99Ms()),
        "generatorCpus",
        c.generatorCpus(),
        "otherCores",
        known(c.otherCores(s.cpuSeconds(), cores)));
  }

  private static String path(Path p) {
    return p == null ? null : p.toString();
  }
}
