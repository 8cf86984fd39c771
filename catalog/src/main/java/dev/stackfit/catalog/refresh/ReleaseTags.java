package dev.stackfit.catalog.refresh;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns tag names into releases with a framework's release-tag patterns ({@code "v*"}, {@code
 * "web-v*"}): the {@code *} is the version, which must start with a digit; the version's suffix
 * says whether it is a final release or a pre-release. Tags whose suffix says neither ({@code
 * 2.3.x}, {@code v4.1.6-retag}) are not releases.
 */
final class ReleaseTags {
  /** The kind of tag a name is. */
  enum Kind {
    RELEASE,
    PRE_RELEASE,
    OTHER
  }

  /** A tag read as a version. */
  record Version(String version, Kind kind) {}

  private static final Pattern NUMBERS = Pattern.compile("([0-9]+(?:\\.[0-9]+)*)(.*)");

  /** Suffixes of final releases: Spring's ".RELEASE", JBoss-style ".Final", ".GA". */
  private static final Pattern FINAL = Pattern.compile("(?i)[.-]?(release|final|ga)");

  /** Suffixes of pre-releases: alphas, betas, release candidates, milestones, previews, EAPs. */
  private static final Pattern PRE =
      Pattern.compile(
          "(?i)[._-]?(alpha|beta|a|b|rc|cr|m|milestone|pre|preview|dev|snapshot|eap)"
              + "[._-]?[0-9]*([._-]?(eap)?[0-9]*)*");

  private final List<Pattern> patterns;

  ReleaseTags(List<String> globs) {
    this.patterns = globs.stream().map(ReleaseTags::compile).toList();
  }

  static Pattern compile(String glob) {
    int star = glob.indexOf('*');
    if (star < 0 || glob.indexOf('*', star + 1) >= 0) {
      throw new IllegalArgumentException(
          "release-tag pattern \"" + glob + "\" needs exactly one * for the version");
    }
    return Pattern.compile(
        Pattern.quote(glob.substring(0, star))
            + "([0-9].*)"
            + Pattern.quote(glob.substring(star + 1)));
  }

  /** The version {@code tag} names under the first pattern it matches; empty when none. */
  Optional<Version> match(String tag) {
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(tag);
      if (m.matches()) {
        return Optional.of(new Version(m.group(1), kind(m.group(1))));
      }
    }
    return Optional.empty();
  }

  static Kind kind(String version) {
    Matcher m = NUMBERS.matcher(version);
    if (!m.matches()) {
      return Kind.OTHER;
    }
    String suffix = m.group(2);
    if (suffix.isEmpty() || FINAL.matcher(suffix).matches()) {
      return Kind.RELEASE;
    }
    return PRE.matcher(suffix).matches() ? Kind.PRE_RELEASE : Kind.OTHER;
  }
}
