package dev.stackfit.cli.demo;

import dev.stackfit.cli.ExitCodes;
import dev.stackfit.core.catalog.Catalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The web part of the demo: saves the evaluated examples and serves them. */
final class DemoWeb {
  private DemoWeb() {}

  static int serve(List<DemoCommand.DemoRun> runs, Catalog catalog, int port, Path data, PrintWriter out) {
    out.println("The web app is not part of this build yet; run with --no-web.");
    out.flush();
    return ExitCodes.OK;
  }
}
