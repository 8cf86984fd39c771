package dev.stackfit.lab.machine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MachineInfoTests {
  @Test
  void readsTheModelAndMemoryFromRecordedProcText() {
    String cpuinfo =
        """
        processor\t: 0
        vendor_id\t: AuthenticAMD
        model name\t: AMD EPYC
        processor\t: 1
        model name\t: AMD EPYC
        """;
    String meminfo = "MemTotal:       24577440 kB\nMemFree:        20000000 kB\n";

    assertThat(MachineInfo.cpuModel(cpuinfo)).isEqualTo("AMD EPYC");
    assertThat(MachineInfo.memoryMb(meminfo)).isEqualTo(24001);
    assertThat(MachineInfo.cpuModel("processor : 0\n")).isEqualTo("unknown");
    assertThat(MachineInfo.memoryMb("")).isZero();
  }

  @Test
  void readsTheLoadAverage() {
    assertThat(LoadAverage.parse("2.69 2.43 1.35 1/92 28642\n")).isEqualTo(2.69);
  }

  @Test
  void describesThisMachine() {
    MachineInfo m = MachineInfo.detect();

    assertThat(m.cores()).isPositive();
    assertThat(m.description()).startsWith(m.cores() + " cores, ").contains("Java ");
  }
}
