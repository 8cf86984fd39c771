package dev.stackfit.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After sign-in the app only ever redirects to one of its own paths. */
class SafeNextTests {
  @Test
  void ownPathsAreKept() {
    assertThat(LoginRoutes.safeNext("/sessions/abc?round=2")).isEqualTo("/sessions/abc?round=2");
    assertThat(LoginRoutes.safeNext("/evaluations/x%20y")).isEqualTo("/evaluations/x%20y");
  }

  @Test
  void anythingThatABrowserCouldReadAsAnotherSiteFallsBackToSessions() {
    for (String next :
        new String[] {
          null,
          "",
          "https://evil.example/",
          "//evil.example",
          "/\\evil.example",
          "/\t/evil.example",
          "/\n/evil.example",
          "/\r//evil.example",
          "/ /evil.example",
          "javascript:alert(1)",
          "/\u00a0/evil.example",
          "/login?next=/x",
          "/" + "a".repeat(3_000)
        }) {
      assertThat(LoginRoutes.safeNext(next)).as(String.valueOf(next)).isEqualTo("/sessions");
    }
  }
}
