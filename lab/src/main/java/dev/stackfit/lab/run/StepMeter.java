package dev.stackfit.lab.run;

import dev.stackfit.lab.machine.CpuShares;
import dev.stackfit.lab.machine.CpuSplit;
import dev.stackfit.lab.machine.CpuTimes;
import dev.stackfit.lab.machine.LoadAverage;
import dev.stackfit.lab.machine.OwnCpu;
import dev.stackfit.lab.machine.StepConditions;
import dev.stackfit.lab.process.ProcessGroup;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * Measures one step's surroundings: the candidate's CPU, the whole machine's CPU (from /proc/stat),
 * the load average and the generator's own CPU, over the same window.
 */
final class StepMeter {
  private final ProcessGroup group;
  private final CpuSplit split;
  private final Optional<CpuTimes> machineBefore;
  private final double generatorBefore;
  private final double candidateBefore;
  private final long nanosBefore;

  private StepMeter(ProcessGroup group, CpuSplit split) {
    this.group = group;
    this.split = split;
    this.candidateBefore = group.sample().cpuSeconds();
    this.generatorBefore = OwnCpu.seconds();
    this.machineBefore = CpuTimes.read();
    this.nanosBefore = System.nanoTime();
  }

  /** Starts measuring now. */
  static StepMeter begin(ProcessGroup group, CpuSplit split) {
    return new StepMeter(group, split);
  }

  /** What the window measured: the candidate's CPU seconds and the conditions around it. */
  record Reading(double candidateCpuSeconds, StepConditions conditions) {}

  /** Ends the window; {@code scheduleLagMicros} is the generator's lag during it. */
  Reading end(Histogram scheduleLagMicros) {
    double seconds = (System.nanoTime() - nanosBefore) / 1e9;
    Optional<CpuTimes> machineAfter = CpuTimes.read();
    double generatorAfter = OwnCpu.seconds();
    double candidate = Math.max(0, group.sample().cpuSeconds() - candidateBefore);
    CpuShares shares =
        machineBefore.isPresent() && machineAfter.isPresent()
            ? machineAfter.get().sharesSince(machineBefore.get())
            : CpuShares.UNKNOWN;
    double generator =
        generatorBefore < 0 || generatorAfter < 0 ? -1 : generatorAfter - generatorBefore;
    double lagMs =
        scheduleLagMicros.getTotalCount() == 0
            ? 0
            : scheduleLagMicros.getValueAtPercentile(99) / 1000.0;
    return new Reading(
        candidate,
        new StepConditions(
            shares,
            LoadAverage.oneMinute(),
            seconds,
            generator,
            lagMs,
            split.generatorCpus().size()));
  }
}
