package dev.stackfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The start-up shortcuts of the command line do what the slower ways they replace do. */
class StartupTests {
  @Test
  void todayIsTheDateLocalDateNowGivesInEveryZone() {
    TimeZone saved = TimeZone.getDefault();
    try {
      for (String zone :
          new String[] {"UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu"}) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        LocalDate before = LocalDate.now();
        LocalDate today = Today.local();
        LocalDate after = LocalDate.now();
        assertThat(today).as(zone).isBetween(before, after);
      }
    } finally {
      TimeZone.setDefault(saved);
    }
  }

  @Test
  void picocliDoesNotLookForGroovyOnTheClassPath() {
    Main.commandLine();
    assertThat(System.getProperty("picocli.disable.closures")).isEqualTo("true");
  }
}
