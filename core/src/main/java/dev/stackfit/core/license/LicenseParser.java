package dev.stackfit.core.license;

import dev.stackfit.core.license.LicenseExpression.And;
import dev.stackfit.core.license.LicenseExpression.License;
import dev.stackfit.core.license.LicenseExpression.Or;
import dev.stackfit.core.license.LicenseExpression.With;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recursive-descent parser for SPDX expressions (SPDX 2.3 annex D): WITH binds tighter than AND,
 * AND tighter than OR; operators are upper case.
 */
final class LicenseParser {
  private static final Pattern TOKEN = Pattern.compile("\\s*(\\(|\\)|[A-Za-z0-9.:-]+\\+?)");

  private record Token(String text, int offset) {}

  private final String text;
  private final List<Token> tokens;
  private int next;

  LicenseParser(String text) {
    this.text = text;
    this.tokens = tokenize(text);
  }

  LicenseExpression parse() {
    if (tokens.isEmpty()) {
      throw new LicenseSyntaxException("empty license expression", 0);
    }
    LicenseExpression expression = or();
    if (next < tokens.size()) {
      Token extra = tokens.get(next);
      throw error("unexpected \"" + extra.text() + "\"", extra.offset());
    }
    return expression;
  }

  private LicenseExpression or() {
    LicenseExpression left = and();
    while (accept("OR")) {
      left = new Or(left, and());
    }
    return left;
  }

  private LicenseExpression and() {
    LicenseExpression left = with();
    while (accept("AND")) {
      left = new And(left, with());
    }
    return left;
  }

  private LicenseExpression with() {
    if (accept("(")) {
      LicenseExpression inner = or();
      if (!accept(")")) {
        throw error("missing \")\"", peekOffset());
      }
      return inner;
    }
    License license = license();
    if (accept("WITH")) {
      Token exception = identifier("an exception id after WITH");
      return new With(license, exception.text());
    }
    return license;
  }

  private License license() {
    Token id = identifier("a license id");
    boolean orLater = id.text().endsWith("+");
    return new License(
        orLater ? id.text().substring(0, id.text().length() - 1) : id.text(), orLater);
  }

  private Token identifier(String expected) {
    if (next >= tokens.size()) {
      throw error("ends where " + expected + " should follow", text.length());
    }
    Token token = tokens.get(next);
    if (isOperator(token.text()) || token.text().equals("(") || token.text().equals(")")) {
      throw error("expected " + expected + ", got \"" + token.text() + "\"", token.offset());
    }
    if (isOperator(token.text().toUpperCase(Locale.ROOT))) {
      throw error("operators must be upper case: \"" + token.text() + "\"", token.offset());
    }
    next++;
    return token;
  }

  private boolean accept(String text) {
    if (next < tokens.size() && tokens.get(next).text().equals(text)) {
      next++;
      return true;
    }
    return false;
  }

  private int peekOffset() {
    return next < tokens.size() ? tokens.get(next).offset() : text.length();
  }

  private static boolean isOperator(String token) {
    return token.equals("AND") || token.equals("OR") || token.equals("WITH");
  }

  private LicenseSyntaxException error(String message, int offset) {
    String where = offset < text.length() ? " at position " + (offset + 1) : "";
    return new LicenseSyntaxException(message + where, offset);
  }

  private static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text);
    int at = 0;
    while (at < text.length()) {
      if (!matcher.find(at) || matcher.start() != at) {
        int bad = firstNonBlank(text, at);
        if (bad == text.length()) {
          break;
        }
        throw new LicenseSyntaxException(
            "unexpected character '" + text.charAt(bad) + "' at position " + (bad + 1), bad);
      }
      tokens.add(new Token(matcher.group(1), matcher.start(1)));
      at = matcher.end();
    }
    return tokens;
  }

  private static int firstNonBlank(String text, int from) {
    int at = from;
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }
}
