package dev.stackfit.lab.run;

import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.load.LoadResult.Percentiles;
import dev.stackfit.lab.machine.MachineBound;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns one step's load outcome and surroundings into a {@link StepResult}. */
final class StepJudge {
  private StepJudge() {}

  static StepResult judge(
      LabFile lab,
      double rate,
      ScenarioLoad.Outcome o,
      StepMeter.Reading reading,
      double peakRssMb) {
    Percentiles p = Percentiles.of(o.latencyMicros());
    double p99Target = lab.targets().p99LatencyMs();
    double errorRate = o.requests() == 0 ? 0 : (double) o.errors() / o.requests();
    List<String> shortfalls = new ArrayList<>();
    if (p.p99() > p99Target) {
      shortfalls.add(
          String.format(
              Locale.ROOT,
              "p99 %s ms over the %s ms target",
              Format.ms(p.p99()),
              Format.ms(p99Target)));
    }
    if (errorRate > lab.load().maxErrorRate()) {
      shortfalls.add(String.format(Locale.ROOT, "%.1f%% errors", errorRate * 100));
    }
    if (o.achievedRps() < rate * StepResult.MIN_ACHIEVED_SHARE) {
      shortfalls.add(
          String.format(
              Locale.ROOT, "achieved only %.0f%% of the rate", o.achievedRps() / rate * 100));
    }
    return new StepResult(
        rate,
        o.achievedRps(),
        o.requests(),
        o.errors(),
        p.p50(),
        p.p90(),
        p.p99(),
        p.max(),
        reading.candidateCpuSeconds(),
        peakRssMb,
        shortfalls.isEmpty(),
        String.join("; ", shortfalls),
        reading.conditions(),
        MachineBound.reasons(reading.conditions(), p99Target));
  }
}
