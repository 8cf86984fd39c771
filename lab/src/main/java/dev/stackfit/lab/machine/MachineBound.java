package dev.stackfit.lab.machine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a step measured the machine rather than the framework: the machine had no CPU
 * left, the hypervisor took a noticeable share of it, or the load generator could not keep its own
 * schedule. Such a step's figure is a lower bound for the framework.
 */
public final class MachineBound {
  /**
   * Below this share of idle (plus I/O wait) CPU over a step, every runnable thread was queueing
   * for a CPU most of the time: the candidate could not get more, whatever its design. On two
   * cores, 5 % is a tenth of one core.
   */
  public static final double MIN_AVAILABLE_SHARE = 0.05;

  /**
   * Above this share of steal, the hypervisor gave the machine's virtual CPUs to someone else often
   * enough to show in a p99: 5 % of a 10 s step on two cores is one second of lost CPU.
   */
  public static final double MAX_STEAL_SHARE = 0.05;

  /**
   * A generator late by this share of the p99 target adds that much to measured latencies, enough
   * to decide a step near its limit.
   */
  public static final double MAX_LAG_SHARE_OF_TARGET = 0.10;

  /** The lag limit never falls below the generator's own timer granularity. */
  public static final double MIN_LAG_LIMIT_MS = 1;

  /** A pinned generator above this share of its CPUs may limit what it sends (k6's rule too). */
  public static final double MAX_GENERATOR_SHARE = 0.80;

  private MachineBound() {}

  /** The lag above which the generator counts as fallen behind, for a p99 target in ms. */
  public static double lagLimitMs(double p99TargetMs) {
    return Math.max(MIN_LAG_LIMIT_MS, MAX_LAG_SHARE_OF_TARGET * p99TargetMs);
  }

  /**
   * Why the step is machine-bound, one plain sentence per reason; empty when it measured the
   * framework.
   */
  public static List<String> reasons(StepConditions c, double p99TargetMs) {
    List<String> reasons = new ArrayList<>();
    if (c.cpu().known() && c.cpu().available() < MIN_AVAILABLE_SHARE) {
      reasons.add(
          format(
              "no idle CPU: %s idle over the step (below %s)",
              percent(c.cpu().available()), percent(MIN_AVAILABLE_SHARE)));
    }
    if (c.cpu().known() && c.cpu().steal() > MAX_STEAL_SHARE) {
      reasons.add(
          format(
              "steal %s (above %s): the hypervisor gave this machine's CPUs to others",
              percent(c.cpu().steal()), percent(MAX_STEAL_SHARE)));
    }
    double lagLimit = lagLimitMs(p99TargetMs);
    if (c.generatorLagP99Ms() > lagLimit) {
      reasons.add(
          format(
              "the load generator fell behind its schedule: p99 lag %.1f ms (above %.1f ms)",
              c.generatorLagP99Ms(), lagLimit));
    }
    if (c.generatorCpus() > 0 && c.generatorCores() > MAX_GENERATOR_SHARE * c.generatorCpus()) {
      reasons.add(
          format(
              "the load generator used %s of its %d CPU(s) (above %s)",
              percent(c.generatorCores() / c.generatorCpus()),
              c.generatorCpus(),
              percent(MAX_GENERATOR_SHARE)));
    }
    return reasons;
  }

  private static String percent(double share) {
    double p = share * 100;
    return p < 10 ? format("%.1f%%", p) : format("%.0f%%", p);
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
