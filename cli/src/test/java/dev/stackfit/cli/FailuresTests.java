package dev.stackfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.BadInputException;
import dev.stackfit.core.InfrastructureException;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Exit codes and messages by kind of failure: the user's input, or what stackfit relies on. */
class FailuresTests {
  private final StringWriter err = new StringWriter();

  private int report(Exception failure) {
    return Failures.report(failure, new PrintWriter(err), "stackfit");
  }

  @Test
  void badInputExitsTwoWithOneLinePerProblem() {
    int code =
        report(
            new InvalidInputException(
                new Problem("team.yaml", 4, 9, "team.size", "0 is out of range 1..10000")));
    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).isEqualTo("team.yaml:4:9: team.size: 0 is out of range 1..10000\n");
    assertThat(report(new BadInputException("--samples must be between 0 and 1000000, was -1")))
        .isEqualTo(2);
  }

  @Test
  void aBrokenDatabaseExitsOneNamingWhatFailedAndWhyWithoutAStackTrace() {
    int code =
        report(
            new InfrastructureException(
                "cannot save evaluation",
                new IllegalStateException("pool", new SQLException("disk I/O error"))));
    assertThat(code).isEqualTo(ExitCodes.INTERNAL);
    assertThat(err.toString())
        .startsWith("stackfit: cannot save evaluation\n")
        .contains("  cause: SQLException: disk I/O error")
        .doesNotContain("bad input")
        .doesNotContain("\tat ");
  }

  @Test
  void aCauseTheMessageAlreadyNamesIsNotRepeated() {
    report(
        new InfrastructureException(
            "cannot write out.json: No space left on device",
            new IOException("No space left on device")));
    assertThat(err.toString())
        .isEqualTo("stackfit: cannot write out.json: No space left on device\n");
  }

  @Test
  void anythingElseIsAnInternalErrorExitingOne() {
    assertThat(report(new IllegalStateException("a bug"))).isEqualTo(ExitCodes.INTERNAL);
    assertThat(err.toString()).contains("stackfit: internal error: ").contains("please report it");
  }

  @Test
  void anUnreachableDatabaseIsNotTheUsersFault() {
    CliRun run = CliRun.run("user", "audit", "--db", "jdbc:postgresql://127.0.0.1:1/none");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(run.err())
        .contains("stackfit: cannot connect to jdbc:postgresql://127.0.0.1:1/none")
        .doesNotContain("\tat ");
  }
}
