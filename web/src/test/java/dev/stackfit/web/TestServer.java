package dev.stackfit.web;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.formats.profile.ProfileReader;
import dev.stackfit.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/** The web app on a random loopback port over a real database, with a small HTTP client. */
final class TestServer implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-11-26T09:30:00Z");

  private final Database database;
  private final WebApp app;
  private final HttpClient client = HttpClient.newHttpClient();

  TestServer(Database database, Catalog catalog, int samples) {
    this.database = database;
    ProfileReader reader =
        new ProfileReader(
            catalog.frameworks().stream().map(Framework::id).collect(Collectors.toSet()));
    this.app =
        WebApp.start(
            new WebConfig(
                "127.0.0.1",
                0,
                catalog,
                database.evaluations(),
                Clock.fixed(NOW, ZoneOffset.UTC),
                reader,
                WebConfig.DEFAULT_MAX_BODY_BYTES,
                samples,
                WebConfig.DEFAULT_ADMIN_COMMAND));
  }

  WebApp app() {
    return app;
  }

  String base() {
    return "http://127.0.0.1:" + app.port();
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base() + path));
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  HttpResponse<String> post(String path, String contentType, String body) {
    HttpRequest.Builder builder = request(path).POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder.build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
    database.close();
  }
}
