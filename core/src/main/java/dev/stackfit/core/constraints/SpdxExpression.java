package dev.stackfit.core.constraints;

import dev.stackfit.core.StackfitException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A parsed SPDX license expression ({@code MIT OR Apache-2.0}, {@code (A AND B) WITH X}), enough to
 * test it against an allow-list: OR needs one side allowed, AND needs both, a WITH exception
 * follows its license.
 */
public sealed interface SpdxExpression {
  /** True when a user allowing only {@code allowed} ids may use software under this expression. */
  boolean satisfiedBy(Set<String> allowed);

  /** A single license id. */
  record Id(String id) implements SpdxExpression {
    @Override
    public boolean satisfiedBy(Set<String> allowed) {
      String bare = id.endsWith("+") ? id.substring(0, id.length() - 1) : id;
      return allowed.stream().anyMatch(a -> a.equalsIgnoreCase(bare) || a.equalsIgnoreCase(id));
    }
  }

  /** Either side. */
  record Or(SpdxExpression left, SpdxExpression right) implements SpdxExpression {
    @Override
    public boolean satisfiedBy(Set<String> allowed) {
      return left.satisfiedBy(allowed) || right.satisfiedBy(allowed);
    }
  }

  /** Both sides. */
  record And(SpdxExpression left, SpdxExpression right) implements SpdxExpression {
    @Override
    public boolean satisfiedBy(Set<String> allowed) {
      return left.satisfiedBy(allowed) && right.satisfiedBy(allowed);
    }
  }

  /** A license with an exception; the exception only adds permissions. */
  record With(SpdxExpression license, String exception) implements SpdxExpression {
    @Override
    public boolean satisfiedBy(Set<String> allowed) {
      return license.satisfiedBy(allowed);
    }
  }

  /** Parses {@code text}; throws StackfitException naming the position of a syntax error. */
  static SpdxExpression parse(String text) {
    return new Parser(text).parseAll();
  }

  /** Recursive descent over: or := and ("OR" and)*; and := with ("AND" with)*; with := atom ("WITH" id)?. */
  final class Parser {
    private final String text;
    private final List<String> tokens = new ArrayList<>();
    private int position;

    private Parser(String text) {
      this.text = text;
      for (String raw : text.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")) {
        if (!raw.isEmpty()) {
          tokens.add(raw);
        }
      }
    }

    private SpdxExpression parseAll() {
      if (tokens.isEmpty()) {
        throw error("is empty");
      }
      SpdxExpression expression = or();
      if (position < tokens.size()) {
        throw error("unexpected '" + tokens.get(position) + "'");
      }
      return expression;
    }

    private SpdxExpression or() {
      SpdxExpression left = and();
      while (accept("OR")) {
        left = new Or(left, and());
      }
      return left;
    }

    private SpdxExpression and() {
      SpdxExpression left = with();
      while (accept("AND")) {
        left = new And(left, with());
      }
      return left;
    }

    private SpdxExpression with() {
      SpdxExpression atom = atom();
      if (accept("WITH")) {
        return new With(atom, id());
      }
      return atom;
    }

    private SpdxExpression atom() {
      if (accept("(")) {
        SpdxExpression inner = or();
        if (!accept(")")) {
          throw error("missing ')'");
        }
        return inner;
      }
      return new Id(id());
    }

    private String id() {
      if (position >= tokens.size()) {
        throw error("ends where a license id was expected");
      }
      String token = tokens.get(position);
      if (!token.matches("[A-Za-z0-9.+-]+") || List.of("AND", "OR", "WITH").contains(token)) {
        throw error("'" + token + "' is not a license id");
      }
      position++;
      return token;
    }

    private boolean accept(String token) {
      if (position < tokens.size() && tokens.get(position).equals(token)) {
        position++;
        return true;
      }
      return false;
    }

    private StackfitException error(String what) {
      return new StackfitException("license expression \"" + text + "\" " + what);
    }
  }
}
