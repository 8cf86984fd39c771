package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forwarded headers are believed only from the proxies named with {@code serve --trusted-proxy}: by
 * default a caller, a process on this machine included, cannot forge its audited address, slip past
 * the per-address sign-in limit, or claim TLS.
 */
class ProxyTests {
  @TempDir Path data;

  private static int signIn(TeamClient c, String forwardedFor, String name, String password) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(c.base() + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "name="
                        + name
                        + "&password="
                        + password.replace(' ', '+')
                        + "&_csrf="
                        + c.cookie("stackfit_form")));
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return c.send(request.build()).statusCode();
  }

  private static TeamClient visitor(TeamServer server) {
    TeamClient c = new TeamClient(server.base());
    c.get("/login");
    return c;
  }

  @Test
  void withoutATrustedProxyForwardedAddressesAreIgnored() {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      TeamClient c = visitor(server);
      for (int i = 0; i < 20; i++) {
        // A new made-up address each time: believed, each would have a fresh per-address limit.
        assertThat(signIn(c, "203.0.113." + i, "nobody-" + i, "wrong-guess")).isEqualTo(401);
      }
      assertThat(signIn(c, "198.51.100.1", "someone", "wrong-guess"))
          .as("the 21st failure from this one real address")
          .isEqualTo(429);
      assertThat(server.stores.audit().newest(100))
          .extracting(AuditEvent::client)
          .containsOnly("127.0.0.1");
    }
  }

  @Test
  void withoutATrustedProxyForwardedTlsIsNotBelieved() {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      HttpResponse<String> r = signInClaimingTls(server);
      assertThat(r.statusCode()).isEqualTo(303);
      assertThat(r.headers().allValues("Set-Cookie"))
          .allSatisfy(h -> assertThat(h).doesNotContain("Secure"));
    }
  }

  private static HttpResponse<String> signInClaimingTls(TeamServer server) {
    TeamClient c = visitor(server);
    String body =
        "name=Fran&password="
            + TeamServer.PASSWORD.replace(' ', '+')
            + "&_csrf="
            + c.cookie("stackfit_form");
    return c.send(
        HttpRequest.newBuilder(URI.create(server.base() + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Forwarded-Proto", "https")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  @Test
  void behindATrustedProxyEachForwardedClientIsThrottledOnItsOwn() {
    try (TeamServer server =
        TeamServer.configured(data, c -> c.withTrustedProxies(Set.of("127.0.0.1")))) {
      server.user("Fran");
      TeamClient c = visitor(server);
      for (int i = 0; i < 20; i++) {
        // The client may claim anything first; the proxy appends what it saw.
        assertThat(signIn(c, "10.9.9.9, 203.0.113.5", "nobody-" + i, "wrong-guess")).isEqualTo(401);
      }
      assertThat(signIn(c, "10.9.9.9, 203.0.113.5", "someone", "wrong-guess")).isEqualTo(429);
      assertThat(signIn(c, "203.0.113.6", "someone", "wrong-guess"))
          .as("another client behind the same proxy is not held back")
          .isEqualTo(401);
      assertThat(server.stores.audit().newest(100))
          .filteredOn(e -> e.action() == AuditAction.LOGIN_FAILED)
          .extracting(AuditEvent::client)
          .contains("203.0.113.5", "203.0.113.6")
          .doesNotContain("10.9.9.9", "127.0.0.1");
    }
  }

  @Test
  void behindATrustedTlsProxySessionCookiesAreSecure() {
    try (TeamServer server =
        TeamServer.configured(data, c -> c.withTrustedProxies(Set.of("127.0.0.1")))) {
      server.user("Fran");
      HttpResponse<String> r = signInClaimingTls(server);
      assertThat(r.statusCode()).isEqualTo(303);
      String session =
          r.headers().allValues("Set-Cookie").stream()
              .filter(h -> h.startsWith("stackfit_session="))
              .findFirst()
              .orElseThrow();
      assertThat(session).contains("HttpOnly", "SameSite=Lax", "Secure");
      HttpResponse<String> plain = new TeamClient(server.base()).get("/login");
      assertThat(plain.headers().allValues("Set-Cookie"))
          .allSatisfy(h -> assertThat(h).doesNotContain("Secure"));
    }
  }

  @Test
  void wrongPasswordsFromElsewhereDoNotLockTheOwnerOut() {
    try (TeamServer server =
        TeamServer.configured(data, c -> c.withTrustedProxies(Set.of("127.0.0.1")))) {
      server.user("Fran");
      TeamClient attacker = visitor(server);
      for (int i = 0; i < 5; i++) {
        assertThat(signIn(attacker, "203.0.113.9", "Fran", "wrong guess " + i)).isEqualTo(401);
      }
      assertThat(signIn(attacker, "203.0.113.9", "Fran", TeamServer.PASSWORD))
          .as("the guesser's address waits")
          .isEqualTo(429);
      assertThat(signIn(visitor(server), "198.51.100.7", "Fran", TeamServer.PASSWORD))
          .as("the owner, elsewhere, with the right password")
          .isEqualTo(303);
    }
  }
}
