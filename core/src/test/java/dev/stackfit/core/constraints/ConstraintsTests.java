package dev.stackfit.core.constraints;

import static dev.stackfit.core.testing.TestFrameworks.framework;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.profile.Constraints;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConstraintsTests {
  private static Constraints licenses(String... ids) {
    return new Constraints(
        Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), List.of(ids), Set.of());
  }

  @Test
  void dualLicenceWithOrPassesAnAllowListHoldingEitherSide() {
    Framework actix = framework("actix-web").license("MIT OR Apache-2.0").build();
    assertThat(HardConstraints.violations(actix, licenses("MIT"))).isEmpty();
    assertThat(HardConstraints.violations(actix, licenses("Apache-2.0"))).isEmpty();
    assertThat(HardConstraints.violations(actix, licenses("BSD-3-Clause")))
        .containsExactly(
            "license MIT OR Apache-2.0 is not satisfied by the allowed licenses [BSD-3-Clause]");
  }

  @Test
  void everyFailedConstraintIsReported() {
    Framework laravel = framework("laravel").languages(Language.PHP).runtime(Runtime.PHP).build();
    Constraints c =
        new Constraints(
            Set.of(),
            Set.of(Language.PHP),
            Set.of(),
            Set.of(Runtime.PHP),
            Set.of(Feature.GRPC),
            List.of(),
            Set.of());
    assertThat(HardConstraints.violations(laravel, c))
        .containsExactly(
            "language php is excluded",
            "runtime php is excluded",
            "required feature grpc is not built in or first-party (none)");
  }

  @Test
  void aFrameworkUsableFromAnAllowedLanguageIsKept() {
    Framework spring = framework("spring-boot").languages(Language.JAVA, Language.KOTLIN).build();
    Constraints noJava =
        new Constraints(
            Set.of(), Set.of(Language.JAVA), Set.of(), Set.of(), Set.of(), List.of(), Set.of());
    assertThat(HardConstraints.violations(spring, noJava)).isEmpty();
  }

  @Test
  void ecosystemSupportDoesNotSatisfyARequirement() {
    Framework f = framework("f").feature(Feature.GRPC, Support.ECOSYSTEM).build();
    Framework g = framework("g").feature(Feature.GRPC, Support.FIRST_PARTY).build();
    Constraints grpc =
        new Constraints(
            Set.of(), Set.of(), Set.of(), Set.of(), Set.of(Feature.GRPC), List.of(), Set.of());
    assertThat(HardConstraints.violations(f, grpc)).hasSize(1);
    assertThat(HardConstraints.violations(g, grpc)).isEmpty();
  }
}
