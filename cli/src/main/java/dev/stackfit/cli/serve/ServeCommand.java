package dev.stackfit.cli.serve;

import dev.stackfit.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stackfit serve}: the web app and JSON API. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web app and JSON API.")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("stackfit serve: the web app is not part of this build yet.");
    return ExitCodes.INTERNAL;
  }
}
