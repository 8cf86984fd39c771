package dev.stackfit.cli;

import dev.stackfit.core.BuildInfo;
import picocli.CommandLine;

/**
 * Prints the version and the commit the build comes from: "stackfit 0.2.0 (abc1234, 2026-12-03)".
 */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"stackfit " + BuildInfo.current().describe()};
  }
}
