package dev.stackfit.formats.profile;

import dev.stackfit.core.testing.ContractIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Shared test data: the contract's framework ids and the profile fixtures. */
final class ProfileFixtures {
  static final Set<String> FRAMEWORK_IDS = Set.copyOf(ContractIds.FRAMEWORKS);

  static final ProfileReader READER = new ProfileReader(FRAMEWORK_IDS);

  private ProfileFixtures() {}

  static Path fixture(String relative) {
    try {
      return Path.of(ProfileFixtures.class.getResource("/profiles/" + relative).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(String relative) {
    try {
      return Files.readString(fixture(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
