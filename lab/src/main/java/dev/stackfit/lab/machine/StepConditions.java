package dev.stackfit.lab.machine;

import java.util.Objects;

/**
 * What the machine and the load generator did during one measured step, beside the candidate.
 *
 * @param cpu how the whole machine's CPU time divided over the step
 * @param loadAverage one-minute load average at the end of the step; -1 when unknown
 * @param seconds wall time over which the CPU figures were taken
 * @param generatorCpuSeconds CPU time of the lab's own JVM (load generator and samplers); -1 when
 *     unknown
 * @param generatorLagP99Ms 99th percentile of how late the generator sent requests against its
 *     schedule, ms
 * @param generatorCpus CPUs the generator was pinned to; 0 when it shared every CPU
 */
public record StepConditions(
    CpuShares cpu,
    double loadAverage,
    double seconds,
    double generatorCpuSeconds,
    double generatorLagP99Ms,
    int generatorCpus) {

  /** For steps measured before the lab watched the machine, or where /proc is missing. */
  public static final StepConditions UNKNOWN =
      new StepConditions(CpuShares.UNKNOWN, -1, 0, -1, 0, 0);

  public StepConditions {
    Objects.requireNonNull(cpu, "cpu");
  }

  /** The generator's average use, in cores; -1 when unknown. */
  public double generatorCores() {
    return generatorCpuSeconds < 0 || seconds <= 0 ? -1 : generatorCpuSeconds / seconds;
  }

  /**
   * Cores that processes other than the candidate and the generator kept busy on average (other
   * builds, other tenants' work on the same CPUs is steal instead); -1 when unknown.
   */
  public double otherCores(double candidateCpuSeconds, int cores) {
    if (!cpu.known() || generatorCores() < 0) {
      return -1;
    }
    return Math.max(0, cpu.busyCores(cores) - generatorCores() - candidateCpuSeconds / seconds);
  }
}
