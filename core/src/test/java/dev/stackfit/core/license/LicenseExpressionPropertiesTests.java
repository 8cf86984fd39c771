package dev.stackfit.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.license.LicenseExpression.And;
import dev.stackfit.core.license.LicenseExpression.License;
import dev.stackfit.core.license.LicenseExpression.Or;
import dev.stackfit.core.license.LicenseExpression.With;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LicenseExpressionPropertiesTests {
  private static final Set<String> ALLOWED = Set.of("MIT", "Apache-2.0");

  @Property(tries = 300)
  void printedExpressionsParseBackToTheSameTree(@ForAll("expressions") LicenseExpression e) {
    assertThat(LicenseExpression.parse(e.toString())).isEqualTo(e);
  }

  @Property(tries = 300)
  void anOrIsSatisfiedExactlyWhenOneSideIs(
      @ForAll("expressions") LicenseExpression left,
      @ForAll("expressions") LicenseExpression right) {
    assertThat(new Or(left, right).satisfiedBy(ALLOWED))
        .isEqualTo(left.satisfiedBy(ALLOWED) || right.satisfiedBy(ALLOWED));
    assertThat(new And(left, right).satisfiedBy(ALLOWED))
        .isEqualTo(left.satisfiedBy(ALLOWED) && right.satisfiedBy(ALLOWED));
  }

  @Provide
  Arbitrary<LicenseExpression> expressions() {
    return Arbitraries.lazyOf(
        () -> license().map(LicenseExpression.class::cast),
        () -> license().map(LicenseExpression.class::cast),
        () -> license().map(l -> new With(l, "Classpath-exception-2.0")),
        () -> Arbitraries.lazy(this::expressions).tuple2().map(t -> new And(t.get1(), t.get2())),
        () -> Arbitraries.lazy(this::expressions).tuple2().map(t -> new Or(t.get1(), t.get2())));
  }

  private static Arbitrary<License> license() {
    return Arbitraries.of("MIT", "Apache-2.0", "BSD-3-Clause", "GPL-2.0")
        .flatMap(id -> Arbitraries.of(true, false).map(orLater -> new License(id, orLater)));
  }
}
