package dev.stackfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every option says what it does, and help for a command that does not exist says so. */
class HelpTests {
  @Test
  void everyOptionOfEveryCommandHasADescription() {
    List<String> bare = new ArrayList<>();
    collect(Main.commandLine(), bare);
    assertThat(bare).isEmpty();
  }

  private static void collect(CommandLine command, List<String> bare) {
    for (OptionSpec option : command.getCommandSpec().options()) {
      String text = String.join(" ", option.description()).strip();
      if (text.isEmpty()) {
        bare.add(command.getCommandSpec().qualifiedName() + " " + option.longestName());
      }
    }
    command.getSubcommands().values().forEach(sub -> collect(sub, bare));
  }

  @Test
  void decideHelpDescribesEveryOption() {
    CliRun run = CliRun.run("decide", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("--decision-maker=NAME", "Someone who took the decision")
        .contains("--consulted=NAME", "--informed=NAME", "--rationale=TEXT");
  }

  @Test
  void helpForAnUnknownCommandNamesItAndExitsTwo() {
    CliRun run = CliRun.run("deploy", "plan", "--help");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("stackfit: unknown command 'deploy' for 'stackfit'; its commands: recommend,")
        .contains("Try 'stackfit --help' for usage.");
    CliRun nested = CliRun.run("catalog", "shw", "--help");
    assertThat(nested.exitCode()).isEqualTo(2);
    assertThat(nested.err()).startsWith("stackfit: unknown command 'shw' for 'stackfit catalog'");
    assertThat(Main.run("deploy", "--help")).isEqualTo(2);
    assertThat(CliRun.run("--help").exitCode()).isZero();
    assertThat(CliRun.run("catalog", "--help").exitCode()).isZero();
  }
}
