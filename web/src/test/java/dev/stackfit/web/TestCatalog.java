package dev.stackfit.web;

import dev.stackfit.core.Identified;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.FeatureSupport;
import dev.stackfit.core.catalog.Footprint;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Governance;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.LearningCurve;
import dev.stackfit.core.catalog.Philosophy;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Source;
import dev.stackfit.core.catalog.Structure;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.catalog.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-built catalog for web tests and the benchmark: the contract's framework ids with coarse,
 * plausible attributes. Not the shipped catalog, whose facts are sourced; these are fixtures.
 */
final class TestCatalog {
  static final LocalDate AS_OF = LocalDate.parse("2026-08-22");

  private TestCatalog() {}

  /** One row of the fixture table. */
  private record Spec(
      String id,
      String name,
      Language language,
      Runtime runtime,
      RequestModel model,
      Structure structure,
      Philosophy philosophy,
      LearningCurve curve,
      int firstRelease,
      String license,
      String features) {}

  private static final List<Spec> SPECS =
      List.of(
          spec(
              "express",
              "Express",
              Language.JAVASCRIPT,
              Runtime.NODE,
              RequestModel.EVENT_LOOP,
              Structure.FLEXIBLE,
              Philosophy.MODULAR,
              LearningCurve.LOW,
              2010,
              "MIT",
              "server-templates"),
          spec(
              "fastify",
              "Fastify",
              Language.JAVASCRIPT,
              Runtime.NODE,
              RequestModel.EVENT_LOOP,
              Structure.FLEXIBLE,
              Philosophy.MODULAR,
              LearningCurve.LOW,
              2016,
              "MIT",
              "validation openapi"),
          spec(
              "nestjs",
              "NestJS",
              Language.TYPESCRIPT,
              Runtime.NODE,
              RequestModel.EVENT_LOOP,
              Structure.CONVENTION,
              Philosophy.BATTERIES,
              LearningCurve.MODERATE,
              2017,
              "MIT",
              "validation openapi websockets dependency-injection static-typing message-queue graphql"),
          spec(
              "koa",
              "Koa",
              Language.JAVASCRIPT,
              Runtime.NODE,
              RequestModel.EVENT_LOOP,
              Structure.FLEXIBLE,
              Philosophy.MODULAR,
              LearningCurve.LOW,
              2013,
              "MIT",
              ""),
          spec(
              "hono",
              "Hono",
              Language.TYPESCRIPT,
              Runtime.NODE,
              RequestModel.EVENT_LOOP,
              Structure.FLEXIBLE,
              Philosophy.MODULAR,
              LearningCurve.LOW,
              2021,
              "MIT",
              "validation static-typing"),
          spec(
              "django",
              "Django",
              Language.PYTHON,
              Runtime.CPYTHON,
              RequestModel.THREAD_PER_REQUEST,
              Structure.CONVENTION,
              Philosophy.BATTERIES,
              LearningCurve.MODERATE,
              2005,
              "BSD-3-Clause",
              "orm migrations admin-ui auth validation server-templates transactions"),
          spec(
              "django-rest-framework",
              "Django REST framework",
              Language.PYTHON,
              Runtime.CPYTHON,
              RequestModel.THREAD_PER_REQUEST,
              Structure.CONVENTION,
              Philosophy.BATTERIES,
              LearningCurve.MODERATE,
              2011,
              "BSD-3-Clause",
              "orm migrations admin-ui auth validation openapi transactions"),
          spec(
              "flask",
              "Flask",
              Language.PYTHON,
              Runtime.CPYTHON,
              RequestModel.THREAD_PER_REQUEST,
              Structure.FLEXIBLE,
              Philosophy.MODULAR,
              LearningCurve.LOW,
              2010,
              "BSD-3-Clause",
              "server-templates"),
          spec(
              "fastapi",
              "FastAPI",
              Language.PYTHON,
              Runtime.CPYTHON,
              RequestModel.ASYNC_AWAIT,
              Structure.FLEXIBLE,
              Philosophy.MODULAR,
              LearningCurve.LOW,
              2018,
              "MIT",
              "validation openapi websockets dependency-injection"),
          spec(
              "rails",
              "Ruby on Rails",
              Language.RUBY,
              Runtime.RUBY,
              RequestModel.THREAD_PER_REQUEST,
              Structure.CONVENTION,
              Philosophy.BATTERIES,
              LearningCurve.MODERATE,
              2004,
              "MIT",
              "orm migrations auth validation server-templates websockets background-jobs transactions"),
          spec(
              "laravel",
              "Laravel",
              Language.PHP,
              Runtime.PHP,
              RequestModel.THREAD_PER_REQUEST,
              Structure.CONVENTION,
              Philosophy.BATTERIES,
              LearningCurve.LOW,
              2011,
              "MIT",
              "orm migrations auth validation server-templates background-jobs message-queue transactions"),
          spec(
              "symfony",
              "Symfony",
              Language.PHP,
              Runtime.PHP,
              RequestModel.THREAD_PER_REQUEST,
              Structure.CONVENTION,
              Philosophy.BATTERIES,
              LearningCurve.MODERATE,
              2005,
              "MIT",
              "orm migrations auth validation server-templates dependency-injection message-queue transactions"),
          spec(
              "spring-boot",
              "Spring Boot",
              Language.JAVA,
              Runtime.JVM,
              RequestModel.THREAD_PER_REQUEST,
              Structure.CONVENTION,
              Philosophy.BATTERIES,
              LearningCurve.STEEP,
              2014,
              "Apache-2.0",
              "orm migrations auth validation openapi server-templates websockets grpc message-queue background-jobs graphql dependency-injection static-typing native-binary transactions"),
          spec(
              "quarkus",
              "Quarkus",
              Language.JAVA,
              Runtime.JVM,
              RequestModel.EVENT_LOOP,
              Structure.CONVENTION,
              Philosophy.BATTERIES,
              LearningCurve.MODERATE,
              2019,
              "Apache-2.0",
              "orm migrations auth validation openapi websockets grpc message-queue dependency-injection static-typing native-binary transactions"),
          spec(
              "micronaut",
              "Micronaut",
              Language.JAVA,
              Runtime.JVM,
              RequestModel.EVENT_LOOP,
              Structure.CONVENTION,
              Philosophy.BATTERIES,
              LearningCurve.MODERATE,
              2018,
              "Apache-2.0",
              "orm migrations auth validation openapi grpc message-queue dependency-injection static-typing native-binary transactions"),
          spec(
              "helidon",
              "Helidon",
              Language.JAVA,
              Runtime.JVM,
              RequestModel.VIRTUAL_THREADS,
              Structure.FLEXIBLE,
              Philosophy.MODULAR,
              LearningCurve.MODERATE,
              2018,
              "Apache-2.0",
              "openapi grpc dependency-injection static-typing native-binary"),
          spec(
              "javalin",
              "Javalin",
              Language.JAVA,
              Runtime.JVM,
              RequestModel.THREAD_PER_REQUEST,
              Structure.FLEXIBLE,
              Philosophy.MODULAR,
              LearningCurve.LOW,
              2017,
              "Apache-2.0",
              "openapi websockets static-typing"),
          spec(
              "vertx",
              "Vert.x",
              Language.JAVA,
              Runtime.JVM,
              RequestModel.EVENT_LOOP,
              Structure.FLEXIBLE,
              Philosophy.MODULAR,
              LearningCurve.STEEP,
              2011,
              "EPL-2.0 OR Apache-2.0",
              "websockets grpc message-queue static-typing"),
          spec(
              "ktor",
              "Ktor",
              Language.KOTLIN,
              Runtime.JVM,
              RequestModel.ASYNC_AWAIT,
              Structure.FLEXIBLE,
              Philosophy.MODULAR,
              LearningCurve.MODERATE,
              2018,
              "Apache-2.0",
              "websockets auth static-typing"),
          spec(
              "aspnet-core",
              "ASP.NET Core",
              Language.CSHARP,
              Runtime.DOTNET,
              RequestModel.ASYNC_AWAIT,
              Structure.CONVENTION,
              Philosophy.BATTERIES,
              LearningCurve.MODERATE,
              2016,
              "MIT",
              "orm migrations auth validation openapi server-templates websockets grpc dependency-injection static-typing native-binary transactions"),
          spec(
              "gin",
              "Gin",
              Language.GO,
              Runtime.NATIVE,
              RequestModel.GOROUTINES,
              Structure.FLEXIBLE,
              Philosophy.MODULAR,
              LearningCurve.LOW,
              2014,
              "MIT",
              "validation static-typing native-binary"),
          spec(
              "echo",
              "Echo",
              Language.GO,
              Runtime.NATIVE,
              RequestModel.GOROUTINES,
              Structure.FLEXIBLE,
              Philosophy.MODULAR,
              LearningCurve.LOW,
              2015,
              "MIT",
              "validation static-typing native-binary"),
          spec(
              "fiber",
              "Fiber",
              Language.GO,
              Runtime.NATIVE,
              RequestModel.GOROUTINES,
              Structure.FLEXIBLE,
              Philosophy.MODULAR,
              LearningCurve.LOW,
              2020,
              "MIT",
              "websockets static-typing native-binary"),
          spec(
              "chi",
              "chi",
              Language.GO,
              Runtime.NATIVE,
              RequestModel.GOROUTINES,
              Structure.FLEXIBLE,
              Philosophy.MODULAR,
              LearningCurve.LOW,
              2016,
              "MIT",
              "static-typing native-binary"),
          spec(
              "actix-web",
              "Actix Web",
              Language.RUST,
              Runtime.NATIVE,
              RequestModel.ASYNC_AWAIT,
              Structure.FLEXIBLE,
              Philosophy.MODULAR,
              LearningCurve.STEEP,
              2017,
              "MIT OR Apache-2.0",
              "websockets static-typing native-binary"),
          spec(
              "axum",
              "Axum",
              Language.RUST,
              Runtime.NATIVE,
              RequestModel.ASYNC_AWAIT,
              Structure.FLEXIBLE,
              Philosophy.MODULAR,
              LearningCurve.STEEP,
              2021,
              "MIT",
              "websockets static-typing native-binary"),
          spec(
              "phoenix",
              "Phoenix",
              Language.ELIXIR,
              Runtime.BEAM,
              RequestModel.ACTORS,
              Structure.CONVENTION,
              Philosophy.BATTERIES,
              LearningCurve.STEEP,
              2014,
              "MIT",
              "orm migrations auth validation server-templates websockets background-jobs transactions"));

  private static Spec spec(
      String id,
      String name,
      Language language,
      Runtime runtime,
      RequestModel model,
      Structure structure,
      Philosophy philosophy,
      LearningCurve curve,
      int firstRelease,
      String license,
      String features) {
    return new Spec(
        id,
        name,
        language,
        runtime,
        model,
        structure,
        philosophy,
        curve,
        firstRelease,
        license,
        features);
  }

  /** All 27 contract frameworks. */
  static Catalog full() {
    List<Framework> frameworks = new ArrayList<>();
    SPECS.forEach(s -> frameworks.add(framework(s)));
    return new Catalog(AS_OF, frameworks);
  }

  /** A small catalog of the named ids. */
  static Catalog of(String... ids) {
    List<String> wanted = List.of(ids);
    return new Catalog(
        AS_OF,
        SPECS.stream().filter(s -> wanted.contains(s.id())).map(TestCatalog::framework).toList());
  }

  private static Framework framework(Spec s) {
    String src = "docs";
    Map<Feature, Fact<FeatureSupport>> features = new EnumMap<>(Feature.class);
    for (String feature : s.features().split(" ")) {
      if (!feature.isBlank()) {
        Feature f = Identified.byId(Feature.class, feature).orElseThrow();
        features.put(f, fact(new FeatureSupport(Support.BUILT_IN, s.name() + " " + feature)));
      }
    }
    boolean young = s.firstRelease() >= 2020;
    Fact<String> license =
        new Fact<>(s.license(), src, AS_OF, !young, young ? "read from the repository" : "");
    return new Framework(
        s.id(),
        s.name(),
        "https://example.org/" + s.id(),
        "example/" + s.id(),
        fact(List.of(s.language())),
        fact(s.runtime()),
        license,
        fact(s.firstRelease()),
        fact(
            new Version(
                young ? "0.x" : "5",
                LocalDate.parse("2025-01-15"),
                young ? "0.9.1" : "5.2.1",
                LocalDate.parse("2026-06-01"),
                young)),
        fact(s.model()),
        List.of(),
        fact(s.structure()),
        fact(s.philosophy()),
        features,
        fact(s.curve()),
        s.name() + " fixture: " + s.curve().id() + " learning curve.",
        fact(Governance.COMMUNITY),
        Optional.empty(),
        Optional.of(
            fact(
                List.of(
                    new Release(
                        "5",
                        LocalDate.parse("2025-01-15"),
                        null,
                        LocalDate.parse("2028-01-15"),
                        true)))),
        Optional.empty(),
        Optional.empty(),
        Optional.of(
            fact(
                new Footprint(
                    s.runtime() == Runtime.JVM ? 180 : 40,
                    s.runtime() == Runtime.JVM ? 1500 : 200))),
        fact(List.of("web APIs")),
        Map.of(
            src,
            new Source(
                src,
                s.name() + " documentation",
                "https://example.org/" + s.id() + "/docs",
                AS_OF)));
  }

  private static <T> Fact<T> fact(T value) {
    return Fact.of(value, "docs", AS_OF);
  }
}
