package dev.stackfit.lab.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountersTests {
  @Test
  void addingWorkersSumsTheirCountsAndKeepsTheHighestBacklogAndLatestResponse() {
    Counters a = new Counters();
    a.sent = 10;
    a.maxBacklog = 7;
    a.lastResponseNanos = 50;
    a.errors[ErrorKind.TIMEOUT.ordinal()] = 2;
    Counters b = new Counters();
    b.sent = 5;
    b.maxBacklog = 4;
    b.lastResponseNanos = 80;
    b.errors[ErrorKind.TIMEOUT.ordinal()] = 1;

    Counters total = new Counters();
    total.add(a);
    total.add(b);

    assertThat(total.sent).isEqualTo(15);
    assertThat(total.errorTotal()).isEqualTo(3);
    assertThat(total.maxBacklog).as("a high-water mark, not a sum").isEqualTo(7);
    assertThat(total.lastResponseNanos).isEqualTo(80);
    assertThat(a.copy().maxBacklog).isEqualTo(7);
  }
}
