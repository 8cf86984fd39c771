package dev.stackfit.core.text;

import java.util.Optional;

/**
 * The longest text people may write into each field, counted in characters (Unicode code points).
 * The limits are far above any real use and keep a page, a ballot or a decision record from being
 * inflated to megabytes; docs/web.md ("Security") lists them. Profiles, forms and the API check the
 * same ones.
 */
public enum TextLimit {
  /** An account's sign-in and display name. */
  ACCOUNT_NAME("an account name", 64),
  /** A profile's {@code name}. */
  PROFILE_NAME("a profile name", 200),
  /** One entry of a profile's {@code constraints.licenses}. */
  LICENSE("a license", 100),
  /** A decision session's title. */
  SESSION_TITLE("a session title", 200),
  /** A decision record's title. */
  DECISION_TITLE("a decision title", 200),
  /** A decision record's rationale. */
  RATIONALE("a rationale", 2_000),
  /** One ballot comment on a framework and criterion. */
  COMMENT("a comment", 2_000),
  /** A ballot's concerns. */
  CONCERNS("concerns", 2_000),
  /** A personal API token's name. */
  TOKEN_NAME("a token name", 100);

  private final String what;
  private final int max;

  TextLimit(String what, int max) {
    this.what = what;
    this.max = max;
  }

  /** The most characters allowed. */
  public int max() {
    return max;
  }

  /** Why {@code text} is too long ("a profile name has at most 200 characters, ..."), if it is. */
  public Optional<String> problem(String text) {
    if (text == null || text.length() <= max) {
      return Optional.empty();
    }
    int length = text.codePointCount(0, text.length());
    return length <= max
        ? Optional.empty()
        : Optional.of(what + " has at most " + max + " characters; this one has " + length);
  }
}
