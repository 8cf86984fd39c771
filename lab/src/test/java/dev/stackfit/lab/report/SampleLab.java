package dev.stackfit.lab.report;

import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.file.Targets;
import dev.stackfit.lab.machine.CpuSplit;
import dev.stackfit.lab.machine.MachineInfo;
import dev.stackfit.lab.run.Provenance;
import java.util.List;

/** Test data shared with other packages' tests: the sample lab with other targets. */
public final class SampleLab {
  /** A two-core machine like the project's own. */
  public static final MachineInfo MACHINE =
      new MachineInfo(2, "AMD EPYC", 23_000, "Linux 6.18", "25");

  public static final CpuSplit NOT_PINNED = CpuSplit.plan(List.of(0, 1), true);

  public static final Provenance PROVENANCE =
      new Provenance(
          "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
          "development",
          "80df889aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "git rev-parse HEAD in /work/stackfit");

  private SampleLab() {}

  public static LabFile lab(Targets targets) {
    LabFile sample = LabReportTests.RESULT.lab();
    return new LabFile(
        sample.source(),
        sample.name(),
        sample.candidates(),
        sample.scenario(),
        targets,
        sample.load(),
        sample.repetitions(),
        sample.allowRemote());
  }
}
