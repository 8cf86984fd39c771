package dev.stackfit.cli;

import picocli.CommandLine;

/** Prints the version from the jar manifest, or "development" when run from classes. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"stackfit " + (version == null ? "development" : version)};
  }
}
