package dev.stackfit.catalog.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BotAuthorsTests {
  @Test
  void appsAgentsAndBuildAccountsAreBots() {
    assertThat(
            BotAuthors.isBot(
                "dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"))
        .isTrue();
    assertThat(BotAuthors.isBot("Dependabot Standalone", "phil.webb@broadcom.com")).isTrue();
    assertThat(BotAuthors.isBot("Claude", "noreply@anthropic.com")).isTrue();
    assertThat(BotAuthors.isBot("Copilot", "198982749+Copilot@users.noreply.github.com")).isTrue();
    assertThat(BotAuthors.isBot("StyleCI Bot", "bot@styleci.io")).isTrue();
    assertThat(BotAuthors.isBot("micronaut-build", "micronaut-build-account@grails.org")).isTrue();
  }

  @Test
  void peopleWhoseNamesLookLikeBotsAreNot() {
    assertThat(BotAuthors.isBot("Claude Brisson", "claude@renegat.net")).isFalse();
    assertThat(BotAuthors.isBot("Lorenzo Zabot", "lorenzozabot@gmail.com")).isFalse();
    assertThat(BotAuthors.isBot("Sean Griffin", "sean@thoughtbot.com")).isFalse();
  }
}
