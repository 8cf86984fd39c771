package dev.stackfit.catalog.refresh;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A loopback HTTP server that plays recorded API answers: per path, a queue of responses (the last
 * one repeats), and a log of every request with its headers.
 */
final class MockApi implements AutoCloseable {
  /** One recorded answer. */
  record Reply(int status, Map<String, String> headers, String body, long delayMs) {
    static Reply json(String body) {
      return new Reply(200, Map.of("Content-Type", "application/json"), body, 0);
    }

    static Reply fixture(String name) {
      return json(MockApi.fixtureText(name));
    }

    static Reply status(int status) {
      return new Reply(status, Map.of(), "", 0);
    }

    Reply withHeader(String name, String value) {
      Map<String, String> h = new HashMap<>(headers);
      h.put(name, value);
      return new Reply(status, h, body, delayMs);
    }

    Reply delayed(long ms) {
      return new Reply(status, headers, body, ms);
    }
  }

  /** One request as the server saw it. */
  record Request(String pathAndQuery, Map<String, String> headers) {}

  private final HttpServer server;
  private final Map<String, Deque<Reply>> replies = Collections.synchronizedMap(new HashMap<>());
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

  MockApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  static String fixtureText(String name) {
    try (InputStream in = MockApi.class.getResourceAsStream("/refresh/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI base(String prefix) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + prefix);
  }

  /** Answers GETs of {@code path} (without query) with {@code sequence}, the last repeating. */
  MockApi on(String path, Reply... sequence) {
    replies.put(path, new ArrayDeque<>(List.of(sequence)));
    return this;
  }

  List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    Map<String, String> headers = new HashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
    requests.add(
        new Request(
            uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
            headers));
    Deque<Reply> queue = replies.get(uri.getRawPath());
    Reply reply;
    synchronized (replies) {
      reply = queue == null ? Reply.status(404) : queue.size() > 1 ? queue.poll() : queue.peek();
    }
    if (reply.delayMs() > 0) {
      try {
        Thread.sleep(reply.delayMs());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    boolean empty = body.length == 0 || reply.status() == 304;
    exchange.sendResponseHeaders(reply.status(), empty ? -1 : body.length);
    if (!empty) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
