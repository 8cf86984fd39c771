package dev.stackfit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackfit.core.team.Role;
import org.junit.jupiter.api.Test;

class IdentifiedTests {
  @Test
  void findsAConstantByItsIdAndNothingByAnotherString() {
    assertThat(Identified.byId(Role.class, "observer")).contains(Role.OBSERVER);
    assertThat(Identified.byId(Role.class, "OBSERVER")).isEmpty();
    assertThat(Identified.byId(Role.class, null)).isEmpty();
  }

  @Test
  void anUnknownIdIsNamedWithTheKnownOnes() {
    assertThat(Identified.notOneOf(Role.class, "boss"))
        .isEqualTo("\"boss\" is not one of facilitator, participant, observer");
    assertThatThrownBy(() -> Identified.of(Role.class, "boss"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Role: \"boss\" is not one of facilitator, participant, observer");
  }
}
