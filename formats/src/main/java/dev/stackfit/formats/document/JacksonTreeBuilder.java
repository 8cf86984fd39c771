package dev.stackfit.formats.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.formats.document.MappingNode.Entry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the located tree from Jackson's streaming parser, whose token locations are 1-based. */
final class JacksonTreeBuilder {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final String source;
  private final JsonParser parser;
  private final List<Problem> problems = new ArrayList<>();

  private JacksonTreeBuilder(String source, JsonParser parser) {
    this.source = source;
    this.parser = parser;
  }

  static Document build(String text, String source) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JacksonTreeBuilder builder = new JacksonTreeBuilder(source, parser);
      parser.nextToken();
      Node root = builder.value("");
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw failure(
            source,
            at.getLineNr(),
            at.getColumnNr(),
            "invalid JSON: unexpected content after the end of the document");
      }
      return new Document(source, root, builder.problems);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage();
      int newline = message.indexOf('\n');
      String first = newline < 0 ? message : message.substring(0, newline);
      if (e instanceof StreamConstraintsException) {
        // Jackson's own wording names its classes; say what is wrong instead.
        first =
            first.contains("nesting depth")
                ? "nested too deeply"
                : "a value or the document is too large";
      }
      throw failure(
          source,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          "invalid JSON: " + first);
    } catch (IOException e) {
      throw failure(source, 0, 0, "cannot be read");
    }
  }

  private static InvalidInputException failure(
      String source, int line, int column, String message) {
    return new InvalidInputException(
        new Problem(source, Math.max(line, 0), Math.max(column, 0), "", message));
  }

  private Node value(String path) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> object(path, line, column);
      case START_ARRAY -> array(path, line, column);
      case VALUE_STRING -> new ScalarNode(parser.getText(), ScalarKind.STRING, line, column);
      case VALUE_NUMBER_INT -> new ScalarNode(parser.getText(), ScalarKind.INTEGER, line, column);
      case VALUE_NUMBER_FLOAT -> new ScalarNode(parser.getText(), ScalarKind.FLOAT, line, column);
      case VALUE_TRUE, VALUE_FALSE ->
          new ScalarNode(parser.getText(), ScalarKind.BOOLEAN, line, column);
      case VALUE_NULL -> new ScalarNode("null", ScalarKind.NULL, line, column);
      default -> throw failure(source, line, column, "invalid JSON: unexpected " + token);
    };
  }

  private Node object(String path, int line, int column) throws IOException {
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> firstLines = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      JsonLocation keyAt = parser.currentTokenLocation();
      String key = parser.currentName();
      String childPath = path.isEmpty() ? key : path + "." + key;
      parser.nextToken();
      Node child = value(childPath);
      Integer first = firstLines.putIfAbsent(key, keyAt.getLineNr());
      if (first != null) {
        problems.add(
            new Problem(
                source,
                keyAt.getLineNr(),
                keyAt.getColumnNr(),
                childPath,
                "duplicate key; first given on line " + first));
      } else {
        entries.add(new Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), child));
      }
    }
    return new MappingNode(entries, line, column);
  }

  private Node array(String path, int line, int column) throws IOException {
    List<Node> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(value(path + "[" + items.size() + "]"));
    }
    return new SequenceNode(items, line, column);
  }
}
