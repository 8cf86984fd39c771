package dev.stackfit.formats.document;

import dev.stackfit.core.Problem;
import java.util.List;

/**
 * A parsed document: its tree and the problems found while building it (duplicate keys), which
 * readers report together with their own.
 *
 * @param source the file name as given, or another origin such as "request body"
 * @param root the top node
 * @param problems problems that did not stop parsing
 */
public record Document(String source, Node root, List<Problem> problems) {
  public Document {
    problems = List.copyOf(problems);
  }
}
