package dev.stackfit.core.license;

import java.util.Locale;
import java.util.Set;

/**
 * A parsed SPDX license expression ({@code MIT OR Apache-2.0}, {@code GPL-2.0-only WITH
 * Classpath-exception-2.0}).
 */
public sealed interface LicenseExpression {
  /**
   * Whether a project allowing only the {@code allowed} license ids may use software under this
   * expression: OR needs one side, AND needs both, a WITH exception is ignored. Ids compare without
   * case, as SPDX specifies.
   */
  boolean satisfiedBy(Set<String> allowed);

  /** Parses {@code text}; throws {@link LicenseSyntaxException} naming the offending position. */
  static LicenseExpression parse(String text) {
    return new LicenseParser(text).parse();
  }

  /**
   * A single license id ({@code MIT}, {@code LicenseRef-custom}), optionally "or later" ({@code
   * +}).
   */
  record License(String id, boolean orLater) implements LicenseExpression {
    @Override
    public boolean satisfiedBy(Set<String> allowed) {
      String wanted = id.toLowerCase(Locale.ROOT);
      return allowed.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted));
    }

    @Override
    public String toString() {
      return orLater ? id + "+" : id;
    }
  }

  /** A license with an exception; the exception only widens what is permitted. */
  record With(License license, String exception) implements LicenseExpression {
    @Override
    public boolean satisfiedBy(Set<String> allowed) {
      return license.satisfiedBy(allowed);
    }

    @Override
    public String toString() {
      return license + " WITH " + exception;
    }
  }

  /** Both sides apply. */
  record And(LicenseExpression left, LicenseExpression right) implements LicenseExpression {
    @Override
    public boolean satisfiedBy(Set<String> allowed) {
      return left.satisfiedBy(allowed) && right.satisfiedBy(allowed);
    }

    @Override
    public String toString() {
      return "(" + left + " AND " + right + ")";
    }
  }

  /** The user may choose either side. */
  record Or(LicenseExpression left, LicenseExpression right) implements LicenseExpression {
    @Override
    public boolean satisfiedBy(Set<String> allowed) {
      return left.satisfiedBy(allowed) || right.satisfiedBy(allowed);
    }

    @Override
    public String toString() {
      return "(" + left + " OR " + right + ")";
    }
  }
}
