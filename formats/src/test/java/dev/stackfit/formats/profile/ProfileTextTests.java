package dev.stackfit.formats.profile;

import static dev.stackfit.formats.profile.ProfileFixtures.READER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import org.junit.jupiter.api.Test;

/** A profile's free text has a documented maximum length, reported at its field. */
class ProfileTextTests {
  private static InvalidInputException refused(String yaml) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> READER.parse(yaml, "p.yaml"));
    assertThat(e).as("expected the profile to be refused").isNotNull();
    return e;
  }

  @Test
  void aHugeNameIsRefusedAtItsField() {
    Problem problem = refused("stackfit: 1\nname: " + "x".repeat(250_000) + "\n").problems().get(0);
    assertThat(problem.path()).isEqualTo("name");
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.message())
        .isEqualTo("a profile name has at most 200 characters; this one has 250000");
  }

  @Test
  void theLimitCountsCharactersNotCodeUnits() {
    String name = "\uD83D\uDE80".repeat(200);
    assertThat(READER.parse("stackfit: 1\nname: " + name + "\n", "p.yaml").name()).isEqualTo(name);
    refused("stackfit: 1\nname: " + "x".repeat(201) + "\n");
  }

  @Test
  void aHugeLicenseIsRefused() {
    assertThat(
            refused(
                    "stackfit: 1\nname: x\nconstraints:\n  licenses: [MIT, "
                        + "A".repeat(101)
                        + "]\n")
                .problems()
                .get(0)
                .path())
        .isEqualTo("constraints.licenses[1]");
  }
}
