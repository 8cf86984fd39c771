package dev.stackfit.lab.report;

import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.file.Targets;

/** Test data shared with other packages' tests: the sample lab with other targets. */
public final class SampleLab {
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
