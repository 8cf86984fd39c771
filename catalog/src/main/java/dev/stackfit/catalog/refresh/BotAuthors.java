package dev.stackfit.catalog.refresh;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells commits by bots and coding agents from commits by people, by the author's name and e-mail
 * address after .mailmap. The list is documented in docs/catalog-refresh.md; extend both together.
 */
final class BotAuthors {
  /** Whole-name patterns, compared without case. */
  static final List<Pattern> NAMES =
      patterns(
          ".*\\[bot\\]", // GitHub Apps: dependabot[bot], github-actions[bot], renovate[bot], ...
          ".*[ _-]bot", // StyleCI Bot, snyk-bot, semantic-release-bot
          "dependabot.*", // also "Dependabot Standalone" runs committed under a person's address
          "renovate.*",
          "greenkeeper.*",
          "github-actions",
          "copilot", // GitHub Copilot coding agent
          "micronaut-build",
          "spring buildmaster",
          "spring builds");

  /** Whole-address patterns, compared without case. */
  static final List<Pattern> EMAILS =
      patterns(
          ".*\\[bot\\]@.*",
          "noreply@anthropic\\.com", // Claude Code
          "([0-9]+\\+)?copilot@users\\.noreply\\.github\\.com",
          "github-actions@github\\.com",
          "bot@styleci\\.io",
          "buildmaster@springframework\\.org",
          "spring-builds@users\\.noreply\\.github\\.com",
          "micronaut-build-account@grails\\.org",
          "([0-9]+\\+)?micronaut-build@users\\.noreply\\.github\\.com",
          "cursoragent@cursor\\.com");

  private BotAuthors() {}

  /** True when an author with this name and address is a bot or a coding agent. */
  static boolean isBot(String name, String email) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    String e = email.strip().toLowerCase(Locale.ROOT);
    return NAMES.stream().anyMatch(p -> p.matcher(n).matches())
        || EMAILS.stream().anyMatch(p -> p.matcher(e).matches());
  }

  private static List<Pattern> patterns(String... regexes) {
    return List.of(regexes).stream().map(Pattern::compile).toList();
  }
}
