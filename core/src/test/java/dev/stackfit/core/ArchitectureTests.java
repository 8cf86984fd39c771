package dev.stackfit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps core a pure domain: no adapters, no web, SQL, CLI, serialization or logging frameworks. */
class ArchitectureTests {
  private final JavaClasses core =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.stackfit.core");

  @Test
  void coreDependsOnNoAdapterModule() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.stackfit.formats..",
            "dev.stackfit.catalog..",
            "dev.stackfit.lab..",
            "dev.stackfit.store..",
            "dev.stackfit.web..",
            "dev.stackfit.cli..")
        .check(core);
  }

  @Test
  void coreUsesNoFrameworkOrInfrastructureLibrary() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.sql..",
            "java.net.http..",
            "com.fasterxml..",
            "org.snakeyaml..",
            "picocli..",
            "io.javalin..",
            "io.netty..",
            "org.jdbi..",
            "org.flywaydb..",
            "org.slf4j..",
            "java.util.logging..")
        .check(core);
  }
}
