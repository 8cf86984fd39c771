package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** An HTTP client with its own cookie jar, like one browser: signs in, posts forms with CSRF. */
final class TeamClient {
  private final String base;
  private final CookieManager cookies;
  private final HttpClient http;

  TeamClient(String base) {
    this(base, new CookieManager());
  }

  private TeamClient(String base, CookieManager cookies) {
    this.base = base;
    this.cookies = cookies;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  String base() {
    return base;
  }

  /** The same browser (cookie jar) talking to another server, as behind a load balancer. */
  TeamClient at(String otherBase) {
    return new TeamClient(otherBase, cookies);
  }

  String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  String csrf() {
    return cookie("stackfit_csrf");
  }

  void signIn(String name, String password) {
    get("/login");
    HttpResponse<String> r =
        postForm(
            "/login", Map.of("name", name, "password", password, "_csrf", cookie("stackfit_form")));
    assertThat(r.statusCode()).as("sign in as " + name + ": " + r.body()).isEqualTo(303);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  /** Posts a form with the session's CSRF token added. */
  HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.putIfAbsent("_csrf", csrf() == null ? "" : csrf());
    return postForm(path, all);
  }

  HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<String> putJson(String path, String json, boolean withCsrf) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (withCsrf && csrf() != null) {
      b.header("X-CSRF-Token", csrf());
    }
    return send(b.build());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
