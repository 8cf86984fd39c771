package dev.stackfit.formats.document;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.formats.document.MappingNode.Entry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Builds the located tree from snakeyaml-engine's composer, whose nodes carry start marks. */
final class SnakeYamlTreeBuilder {
  // Anchors can make a node contain itself; real profiles and catalog files are a few levels deep.
  private static final int MAX_DEPTH = 64;
  // Aliases expand into copies, so a few lines can stand for billions of values ("billion
  // laughs"); a real profile has a few hundred, the largest catalog file a few thousand.
  static final int MAX_NODES = 100_000;

  private final String source;
  private final List<Problem> problems = new ArrayList<>();
  private int nodes;

  private SnakeYamlTreeBuilder(String source) {
    this.source = source;
  }

  static Document build(String text, String source) {
    LoadSettings settings =
        LoadSettings.builder().setLabel(source).setSchema(new CoreSchema()).build();
    Optional<org.snakeyaml.engine.v2.nodes.Node> root;
    try {
      Composer composer =
          new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
      root = composer.getSingleNode();
    } catch (MarkedYamlEngineException e) {
      throw syntaxProblem(source, e);
    } catch (StackOverflowError e) {
      // The composer recurses once per level; thousands of "[[[" overflow it before our own depth
      // check sees the tree.
      throw DocumentParser.fileProblem(
          source, "nested too deeply (more than " + MAX_DEPTH + " levels)");
    } catch (YamlEngineException e) {
      throw DocumentParser.fileProblem(source, "invalid YAML: " + firstLine(e.getMessage()));
    }
    if (root.isEmpty() || isNull(root.get())) {
      throw DocumentParser.fileProblem(source, "is empty");
    }
    SnakeYamlTreeBuilder builder = new SnakeYamlTreeBuilder(source);
    Node tree = builder.convert(root.get(), "", 0);
    return new Document(source, tree, builder.problems);
  }

  private Node convert(org.snakeyaml.engine.v2.nodes.Node node, String path, int depth) {
    int line = line(node);
    int column = column(node);
    if (depth > MAX_DEPTH) {
      throw new InvalidInputException(new Problem(source, line, column, path, "nested too deeply"));
    }
    if (++nodes > MAX_NODES) {
      throw new InvalidInputException(
          new Problem(
              source,
              line,
              column,
              path,
              "more than "
                  + String.format(Locale.ROOT, "%,d", MAX_NODES)
                  + " values once anchors and aliases are expanded; this is not a profile"));
    }
    return switch (node) {
      case org.snakeyaml.engine.v2.nodes.ScalarNode scalar ->
          new ScalarNode(scalar.getValue(), kindOf(scalar.getTag()), line, column);
      case org.snakeyaml.engine.v2.nodes.SequenceNode sequence -> {
        List<Node> items = new ArrayList<>();
        for (org.snakeyaml.engine.v2.nodes.Node item : sequence.getValue()) {
          items.add(convert(item, path + "[" + items.size() + "]", depth + 1));
        }
        yield new SequenceNode(items, line, column);
      }
      case org.snakeyaml.engine.v2.nodes.MappingNode mapping -> mapping(mapping, path, depth);
      default -> throw new IllegalStateException("unknown YAML node " + node.getNodeType());
    };
  }

  private Node mapping(org.snakeyaml.engine.v2.nodes.MappingNode mapping, String path, int depth) {
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> firstLines = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      org.snakeyaml.engine.v2.nodes.Node key = tuple.getKeyNode();
      int keyLine = line(key);
      int keyColumn = column(key);
      if (!(key instanceof org.snakeyaml.engine.v2.nodes.ScalarNode scalarKey)) {
        problems.add(new Problem(source, keyLine, keyColumn, path, "keys must be plain text"));
        continue;
      }
      String name = scalarKey.getValue();
      String childPath = path.isEmpty() ? name : path + "." + name;
      Integer first = firstLines.putIfAbsent(name, keyLine);
      if (first != null) {
        problems.add(
            new Problem(
                source,
                keyLine,
                keyColumn,
                childPath,
                "duplicate key; first given on line " + first));
        continue;
      }
      Node value = convert(tuple.getValueNode(), childPath, depth + 1);
      entries.add(new Entry(name, keyLine, keyColumn, value));
    }
    return new MappingNode(entries, line(mapping), column(mapping));
  }

  private static ScalarKind kindOf(Tag tag) {
    if (tag.equals(Tag.INT)) {
      return ScalarKind.INTEGER;
    } else if (tag.equals(Tag.FLOAT)) {
      return ScalarKind.FLOAT;
    } else if (tag.equals(Tag.BOOL)) {
      return ScalarKind.BOOLEAN;
    } else if (tag.equals(Tag.NULL)) {
      return ScalarKind.NULL;
    }
    return ScalarKind.STRING;
  }

  private static boolean isNull(org.snakeyaml.engine.v2.nodes.Node node) {
    return node instanceof org.snakeyaml.engine.v2.nodes.ScalarNode
        && node.getTag().equals(Tag.NULL);
  }

  private static int line(org.snakeyaml.engine.v2.nodes.Node node) {
    return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
  }

  private static int column(org.snakeyaml.engine.v2.nodes.Node node) {
    return node.getStartMark().map(mark -> mark.getColumn() + 1).orElse(0);
  }

  private static InvalidInputException syntaxProblem(String source, MarkedYamlEngineException e) {
    Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
    String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
    String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
    return new InvalidInputException(
        new Problem(
            source,
            mark.map(m -> m.getLine() + 1).orElse(0),
            mark.map(m -> m.getColumn() + 1).orElse(0),
            "",
            "invalid YAML: " + problem + context));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable document";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
