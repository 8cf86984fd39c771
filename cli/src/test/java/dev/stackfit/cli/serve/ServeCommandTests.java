package dev.stackfit.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackfit.core.BadInputException;
import dev.stackfit.core.StackfitException;
import dev.stackfit.core.team.AccountStore;
import dev.stackfit.store.Database;
import dev.stackfit.store.Databases;
import dev.stackfit.store.team.JdbiTeamStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code stackfit serve} refuses to share an app nobody signs in to beyond this machine. */
class ServeCommandTests {
  private static final String HINT = "stackfit user add --admin NAME";

  @TempDir Path data;

  @Test
  void anyAddressButLoopbackNeedsAnAccountFirst() {
    CommandLine command = new CommandLine(new ServeCommand());
    StringWriter err = new StringWriter();
    command.setOut(new PrintWriter(new StringWriter()));
    command.setErr(new PrintWriter(err));
    command.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println(e.getMessage());
          return e instanceof StackfitException ? 2 : 1;
        });
    int exit = command.execute("--host", "0.0.0.0", "--port", "0", "--data", data.toString());
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("--host 0.0.0.0")
        .contains("no accounts yet")
        .contains("stackfit user add --admin NAME --data " + data.toAbsolutePath());
  }

  @Test
  void loopbackNeedsNoAccountAndAnAccountOpensOtherAddresses() {
    try (Database database = Databases.openSqlite(data)) {
      AccountStore store = JdbiTeamStores.on(database.dataSource()).accounts();
      ServeCommand.refuseOpenNetworkWithoutAccounts("127.0.0.1", store, HINT);
      ServeCommand.refuseOpenNetworkWithoutAccounts("localhost", store, HINT);
      ServeCommand.refuseOpenNetworkWithoutAccounts("::1", store, HINT);
      assertThatThrownBy(
              () -> ServeCommand.refuseOpenNetworkWithoutAccounts("0.0.0.0", store, HINT))
          .isInstanceOf(StackfitException.class);
      store.add("Fran", "$argon2id$not-a-real-hash", true, Instant.now());
      ServeCommand.refuseOpenNetworkWithoutAccounts("0.0.0.0", store, HINT);
    }
  }

  @Test
  void trustedProxiesAreAddressesAndThePublicUrlIsAnHttpAddress() {
    assertThatThrownBy(() -> ServeCommand.proxyAndAddress(List.of("proxy.internal"), null))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--trusted-proxy proxy.internal");
    for (String bad : List.of("ftp://x.example/", "stackfit.example.org", "https://x/?a=b", "::")) {
      assertThatThrownBy(() -> ServeCommand.proxyAndAddress(List.of(), bad))
          .as(bad)
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("--public-url");
    }
    assertThat(ServeCommand.proxyAndAddress(List.of("10.0.0.2", "::1"), "https://sf.example.org"))
        .isNotNull();
  }
}
