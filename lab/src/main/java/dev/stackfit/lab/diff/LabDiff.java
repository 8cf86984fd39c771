package dev.stackfit.lab.diff;

import dev.stackfit.core.BadInputException;
import dev.stackfit.core.InfrastructureException;
import dev.stackfit.lab.load.TargetGuard;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code stackfit lab diff}: sends each request to the old service, to the new one and to the old
 * one again (or a second instance of it), one after the other, and reports the differences that the
 * old service's own noise does not explain. Requests go one at a time: this is a comparison, not a
 * load test.
 */
public final class LabDiff {
  /**
   * What to compare.
   *
   * @param oldUrl base URL of the service in production today
   * @param newUrl base URL of its replacement
   * @param oldAgainUrl a second instance of the old service to learn noise from; empty to ask the
   *     old service twice
   * @param headers names of the headers to compare (case-insensitive)
   * @param timeout per request
   * @param allowRemote one non-loopback host the user allowed, or null
   */
  public record Options(
      URI oldUrl,
      URI newUrl,
      Optional<URI> oldAgainUrl,
      List<String> headers,
      Duration timeout,
      String allowRemote) {
    public Options {
      headers = AnswerDiff.headerNames(headers);
    }
  }

  /** Headers compared when the user names none. */
  public static final List<String> DEFAULT_HEADERS = List.of("content-type", "location");

  private final Options options;
  private final HttpClient client;

  private LabDiff(Options options) {
    this.options = options;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(options.timeout())
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Checks the targets, sends every request and returns the report.
   *
   * @throws BadInputException for a target that is not loopback (and not allowed) or not reachable
   */
  public static DiffReport run(List<DiffRequest> requests, Options options) {
    check("OLD_URL", options.oldUrl(), options);
    check("NEW_URL", options.newUrl(), options);
    options.oldAgainUrl().ifPresent(u -> check("--old-again", u, options));
    LabDiff diff = new LabDiff(options);
    URI again = options.oldAgainUrl().orElse(options.oldUrl());
    List<Observation> observations = new ArrayList<>();
    for (DiffRequest request : requests) {
      Answer old = diff.send(options.oldUrl(), request);
      Answer candidate = diff.send(options.newUrl(), request);
      Answer oldAgain = diff.send(again, request);
      observations.add(new Observation(request, old, oldAgain, candidate));
    }
    String noiseFrom =
        options
            .oldAgainUrl()
            .map(u -> "a second instance of the old service at " + u)
            .orElse("the old service asked twice");
    return NoiseFilter.report(
        observations, options.oldUrl(), options.newUrl(), noiseFrom, options.headers());
  }

  private static void check(String what, URI url, Options options) {
    if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
      throw new BadInputException(what + " " + url + " is not an http(s) URL");
    }
    Optional<String> refusal = TargetGuard.refusal(url, options.allowRemote());
    if (refusal.isPresent()) {
      throw new BadInputException(what + " " + url + ": " + refusal.get());
    }
    int port = url.getPort() > 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
    try (Socket socket = new Socket()) {
      socket.connect(
          new InetSocketAddress(url.getHost(), port), (int) options.timeout().toMillis());
    } catch (IOException e) {
      throw new BadInputException(
          what
              + " "
              + url
              + " cannot be reached ("
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
              + "); is the service running?");
    }
  }

  private Answer send(URI base, DiffRequest request) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(resolve(base, request.path())).timeout(options.timeout());
    if (request.body().isEmpty()) {
      builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      builder.header("Content-Type", contentTypeOf(request.body()));
      builder.method(
          request.method(),
          HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
    }
    try {
      HttpResponse<byte[]> response =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      String type =
          response
              .headers()
              .firstValue("content-type")
              .map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
              .orElse("");
      return new Answer(
          response.statusCode(),
          AnswerDiff.chosen(response.headers().map(), options.headers()),
          type,
          new String(response.body(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      // No answer is an answer too: it shows as status 0 beside the other service's status.
      return new Answer(0, java.util.Map.of(), "", "(no answer: " + e + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfrastructureException("lab diff was interrupted", e);
    }
  }

  static URI resolve(URI base, String path) {
    String prefix = base.toString();
    if (prefix.endsWith("/")) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    return URI.create(prefix + path);
  }

  private static String contentTypeOf(String body) {
    String start = body.stripLeading();
    return start.startsWith("{") || start.startsWith("[")
        ? "application/json"
        : "text/plain; charset=utf-8";
  }
}
