package dev.stackfit.web.team;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Consumer;

/**
 * A script's view of the JSON API: as a signed-in browser session (cookies, with the CSRF header on
 * writes), with a bearer token (no cookies, no CSRF token), or anonymous. Every answer can be
 * handed to a recorder, for the test that checks answers against the OpenAPI description.
 */
final class ApiClient {
  private final TeamClient transport;
  private final String bearer;
  private final boolean csrf;
  private final Consumer<HttpResponse<String>> recorder;

  private ApiClient(
      TeamClient transport, String bearer, boolean csrf, Consumer<HttpResponse<String>> recorder) {
    this.transport = transport;
    this.bearer = bearer;
    this.csrf = csrf;
    this.recorder = recorder;
  }

  /** As the signed-in session of {@code browser}. */
  static ApiClient session(TeamClient browser, Consumer<HttpResponse<String>> recorder) {
    return new ApiClient(browser, null, true, recorder);
  }

  /** With a bearer token and nothing else. */
  static ApiClient token(String base, String token, Consumer<HttpResponse<String>> recorder) {
    return new ApiClient(new TeamClient(base), token, false, recorder);
  }

  /** Without credentials. */
  static ApiClient anonymous(String base, Consumer<HttpResponse<String>> recorder) {
    return new ApiClient(new TeamClient(base), null, false, recorder);
  }

  /** The same credentials, answers recorded by {@code other}. */
  ApiClient recordingInto(List<HttpResponse<String>> other) {
    return new ApiClient(transport, bearer, csrf, other::add);
  }

  HttpResponse<String> get(String path) {
    return send(builder(path).GET());
  }

  HttpResponse<String> get(String path, String accept) {
    return send(builder(path).header("Accept", accept).GET());
  }

  HttpResponse<String> post(String path, String json) {
    return send(write(path).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> post(String path, String contentType, String body) {
    return send(
        write(path)
            .setHeader("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> put(String path, String json) {
    return send(write(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> delete(String path) {
    return send(write(path).DELETE());
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(transport.base() + path));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return b;
  }

  private HttpRequest.Builder write(String path) {
    HttpRequest.Builder b = builder(path).header("Content-Type", "application/json");
    if (csrf && transport.csrf() != null) {
      b.header("X-CSRF-Token", transport.csrf());
    }
    return b;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    HttpResponse<String> response = transport.send(request.build());
    recorder.accept(response);
    return response;
  }
}
