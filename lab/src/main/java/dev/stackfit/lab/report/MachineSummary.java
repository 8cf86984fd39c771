package dev.stackfit.lab.report;

import dev.stackfit.lab.machine.MachineBound;
import dev.stackfit.lab.run.Format;
import dev.stackfit.lab.run.LabResult;
import dev.stackfit.lab.run.RunConditions;
import java.util.Locale;

/**
 * The paragraph on the machine a run had: its state during the steps, the CPU split, provenance.
 */
final class MachineSummary {
  private MachineSummary() {}

  /** The machine's state over the run, the CPU split and what produced the result. */
  static String machine(LabResult r) {
    RunConditions during = r.conditions();
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Machine: %d x %s, %,d MiB. ",
                r.machine().cores(),
                r.machine().cpuModel(),
                r.machine().memoryMb()));
    if (!during.idle().isEmpty()) {
      out.append(
          String.format(
              Locale.ROOT,
              "During the steps: idle CPU median %s (lowest %s), steal at most %s, load average"
                  + " up to %.1f, the load generator %.2f to %.2f cores. ",
              Format.percent(during.idle().median()),
              Format.percent(during.idle().min()),
              Format.percent(during.steal().max()),
              during.loadAverage().max(),
              during.generatorCores().min(),
              during.generatorCores().max()));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%d of %d steps machine-bound (idle below %s, steal above %s, or generator lag above"
                + " %s ms). %s. ",
            during.machineBoundSteps(),
            during.steps(),
            Format.percent(MachineBound.MIN_AVAILABLE_SHARE),
            Format.percent(MachineBound.MAX_STEAL_SHARE),
            Format.ms(MachineBound.lagLimitMs(r.lab().targets().p99LatencyMs())),
            capitalise(r.split().note())));
    String hash = r.provenance().labFileSha256();
    out.append(
        (hash == null ? "Lab file not on disk" : "Lab file SHA-256 " + hash.substring(0, 12))
            + "; stackfit "
            + r.provenance().stackfitVersion()
            + (r.provenance().stackfitCommit() == null
                ? ", commit unknown"
                : " at commit " + shortCommit(r.provenance().stackfitCommit()))
            + "; the run took "
            + Format.number(Math.round(r.took().toMillis() / 100.0) / 10.0)
            + " s.");
    return out.toString();
  }

  /** The first 12 hex digits, keeping a "-dirty" mark. */
  private static String shortCommit(String commit) {
    return commit.length() <= 12
        ? commit
        : commit.substring(0, 12) + (commit.endsWith("-dirty") ? "-dirty" : "");
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
