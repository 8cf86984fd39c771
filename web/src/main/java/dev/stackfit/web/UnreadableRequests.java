package dev.stackfit.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own answer to a request it cannot parse far enough to hand to the app (a malformed
 * percent-escape, a URL over the size limit): a problem+json body like every other error, instead
 * of Jetty's HTML page.
 */
final class UnreadableRequests extends ErrorHandler {
  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    String detail =
        "the request could not be read"
            + (message == null || message.isBlank() ? "" : ": " + message.strip());
    String body =
        String.format(
            Locale.ROOT,
            "{\"type\":\"urn:stackfit:problem:unreadable-request\",\"title\":\"%s\","
                + "\"status\":%d,\"detail\":\"%s\"}",
            escape(HttpProblem.title(code)),
            code,
            escape(detail));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
    response.write(true, StandardCharsets.UTF_8.encode(body), callback);
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
