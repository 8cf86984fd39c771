package dev.stackfit.lab.process;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a candidate's port and health URL whether anything answers. */
public final class Endpoints {
  private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(300);

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  /** Whether a TCP connection to {@code host:port} is accepted right now. */
  public static boolean answers(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether the port stops answering within {@code limit}. */
  public static boolean freedWithin(String host, int port, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (answers(host, port)) {
      if (System.nanoTime() >= deadline) {
        return false;
      }
      ProcessGroup.sleep(20);
    }
    return true;
  }

  /** Whether {@code url} answers with a 2xx or 3xx status within a second. */
  public boolean healthy(URI url) {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(1)).GET().build();
    try {
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status >= 200 && status < 400;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
