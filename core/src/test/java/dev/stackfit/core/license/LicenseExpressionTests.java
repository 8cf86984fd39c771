package dev.stackfit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackfit.core.license.LicenseExpression.License;
import dev.stackfit.core.license.LicenseExpression.With;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LicenseExpressionTests {
  @Test
  void parsesASingleId() {
    assertThat(LicenseExpression.parse("MIT")).isEqualTo(new License("MIT", false));
    assertThat(LicenseExpression.parse("GPL-2.0+")).isEqualTo(new License("GPL-2.0", true));
  }

  @Test
  void bindsWithTighterThanAndTighterThanOr() {
    assertThat(LicenseExpression.parse("A OR B AND C WITH E"))
        .hasToString("(A OR (B AND C WITH E))");
    assertThat(LicenseExpression.parse("(A OR B) AND C")).hasToString("((A OR B) AND C)");
  }

  @Test
  void orNeedsOneSideAndNeedsBoth() {
    Set<String> allowed = Set.of("MIT", "Apache-2.0");
    assertThat(LicenseExpression.parse("EPL-2.0 OR Apache-2.0").satisfiedBy(allowed)).isTrue();
    assertThat(LicenseExpression.parse("MIT AND GPL-3.0-only").satisfiedBy(allowed)).isFalse();
    assertThat(LicenseExpression.parse("MIT AND (GPL-3.0-only OR Apache-2.0)").satisfiedBy(allowed))
        .isTrue();
  }

  @Test
  void ignoresExceptionsAndCaseForAllowLists() {
    LicenseExpression expression =
        LicenseExpression.parse("GPL-2.0-only WITH Classpath-exception-2.0");
    assertThat(expression).isInstanceOf(With.class);
    assertThat(expression.satisfiedBy(Set.of("gpl-2.0-only"))).isTrue();
    assertThat(expression.satisfiedBy(Set.of("Classpath-exception-2.0"))).isFalse();
  }

  @Test
  void rejectsMalformedExpressionsWithThePosition() {
    assertThatThrownBy(() -> LicenseExpression.parse("MIT OR"))
        .isInstanceOf(LicenseSyntaxException.class)
        .hasMessage("ends where a license id should follow");
    assertThatThrownBy(() -> LicenseExpression.parse("MIT Apache-2.0"))
        .hasMessage("unexpected \"Apache-2.0\" at position 5");
    assertThatThrownBy(() -> LicenseExpression.parse("(MIT OR BSD-3-Clause"))
        .hasMessage("missing \")\"");
    assertThatThrownBy(() -> LicenseExpression.parse("MIT or Apache-2.0"))
        .hasMessage("unexpected \"or\" at position 5");
    assertThatThrownBy(() -> LicenseExpression.parse("MIT/Apache"))
        .hasMessage("unexpected character '/' at position 4");
    assertThatThrownBy(() -> LicenseExpression.parse("  ")).hasMessage("empty license expression");
    assertThatThrownBy(() -> LicenseExpression.parse("AND MIT"))
        .hasMessage("expected a license id, got \"AND\" at position 1");
  }

  @Test
  void listsIdsOutsideTheKnownList() {
    assertThat(SpdxIds.unknownIds(LicenseExpression.parse("MIT OR Foo-1.0 WITH Bar-exception")))
        .containsExactly("Foo-1.0", "Bar-exception");
    assertThat(SpdxIds.unknownIds(LicenseExpression.parse("LicenseRef-acme AND apache-2.0")))
        .isEmpty();
  }
}
