package dev.stackfit.poc.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed request set with the reference answer to each, and the normalisation that makes answers
 * comparable: JSON parsed (key order ignored), media type without parameters except a text charset,
 * Location reduced to its path, the Fortunes page reduced to its table rows.
 */
final class Transcript {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ROW =
      Pattern.compile("<tr>\\s*<td>(.*?)</td>\\s*<td>(.*?)</td>\\s*</tr>", Pattern.DOTALL);

  private Transcript() {}

  /** One request of the set and the normalised answer every implementation must give. */
  record Exchange(JsonNode request, JsonNode response) {}

  static List<Exchange> load(String resource) throws IOException {
    try (InputStream in = Transcript.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing test resource " + resource);
      }
      List<Exchange> exchanges = new ArrayList<>();
      for (JsonNode node : JSON.readTree(in)) {
        exchanges.add(new Exchange(node.get("request"), node.get("response")));
      }
      return exchanges;
    }
  }

  /** Sends one request of the set to base and returns the normalised answer. */
  static ObjectNode send(HttpClient client, URI base, JsonNode request)
      throws IOException, InterruptedException {
    var builder =
        HttpRequest.newBuilder(base.resolve(request.get("path").asText()))
            .timeout(Duration.ofSeconds(30));
    if (request.has("body") || request.has("rawBody")) {
      String body =
          request.has("rawBody")
              ? request.get("rawBody").asText()
              : JSON.writeValueAsString(request.get("body"));
      builder
          .header("Content-Type", "application/json")
          .method(request.get("method").asText(), HttpRequest.BodyPublishers.ofString(body));
    } else {
      builder.method(request.get("method").asText(), HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response =
        client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return normalise(response);
  }

  static ObjectNode normalise(HttpResponse<String> response) throws IOException {
    ObjectNode out = JSON.createObjectNode();
    out.put("status", response.statusCode());
    String mediaType = mediaType(response.headers().firstValue("Content-Type").orElse(""));
    out.put("mediaType", mediaType);
    response
        .headers()
        .firstValue("Location")
        .ifPresent(location -> out.put("location", URI.create(location).getPath()));
    if (mediaType.contains("json")) {
      out.set("json", JSON.readTree(response.body()));
    } else if (mediaType.startsWith("text/html")) {
      out.set("fortunes", fortuneRows(response.body()));
    } else {
      out.put("text", response.body());
    }
    return out;
  }

  /** "text/html;charset=UTF-8" and "text/html; charset=utf-8" both become the latter. */
  static String mediaType(String header) {
    String[] parts = header.toLowerCase(Locale.ROOT).split(";");
    String type = parts[0].strip();
    if (type.startsWith("text/")) {
      for (int i = 1; i < parts.length; i++) {
        if (parts[i].strip().startsWith("charset=")) {
          return type + "; " + parts[i].strip();
        }
      }
    }
    return type;
  }

  /** The table's rows as [id, message] with HTML entities decoded; a raw script tag is kept raw. */
  static ArrayNode fortuneRows(String html) {
    ArrayNode rows = JSON.createArrayNode();
    Matcher matcher = ROW.matcher(html);
    while (matcher.find()) {
      rows.addArray().add(unescape(matcher.group(1).strip())).add(unescape(matcher.group(2)));
    }
    if (html.contains("<script>")) {
      rows.addArray().add("unescaped markup").add("<script>");
    }
    return rows;
  }

  static String unescape(String text) {
    Matcher entity =
        Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);").matcher(text);
    StringBuilder out = new StringBuilder();
    while (entity.find()) {
      String name = entity.group(1);
      String decoded =
          switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            default ->
                Character.toString(
                    name.startsWith("#x")
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1)));
          };
      entity.appendReplacement(out, Matcher.quoteReplacement(decoded));
    }
    return entity.appendTail(out).toString();
  }
}
