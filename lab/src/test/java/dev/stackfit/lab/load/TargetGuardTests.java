package dev.stackfit.lab.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class TargetGuardTests {
  @Test
  void allowsLoopbackAddressesAndLocalhost() {
    assertThat(TargetGuard.refusal(URI.create("http://127.0.0.1:8080/"), null)).isEmpty();
    assertThat(TargetGuard.refusal(URI.create("http://127.0.0.2/"), null)).isEmpty();
    assertThat(TargetGuard.refusal(URI.create("http://localhost:8080/"), null)).isEmpty();
    assertThat(TargetGuard.refusal(URI.create("http://[::1]:8080/"), null)).isEmpty();
  }

  @Test
  void refusesOtherHostsNamingHowToAllowThem() {
    assertThat(TargetGuard.refusal(URI.create("http://192.168.1.20/"), null))
        .hasValueSatisfying(
            why ->
                assertThat(why).contains("not loopback").contains("--allow-remote 192.168.1.20"));
  }

  @Test
  void allowsOnlyTheHostNamedAsRemote() {
    assertThat(TargetGuard.refusal(URI.create("http://192.168.1.20/"), "192.168.1.20")).isEmpty();
    assertThat(TargetGuard.refusal(URI.create("http://192.168.1.21/"), "192.168.1.20")).isPresent();
  }
}
