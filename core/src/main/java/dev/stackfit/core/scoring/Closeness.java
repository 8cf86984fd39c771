package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Language;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of one language or framework skill carries over to another. Values are stackfit's
 * judgment, in [0, 1]: 1 is the same thing, 0.85 a superset (TypeScript over JavaScript), 0.7 a
 * sibling on the same runtime (Java and Kotlin), lower for looser kinship.
 */
final class Closeness {
  private static final Map<Set<Language>, Double> LANGUAGES =
      Map.ofEntries(
          Map.entry(Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT), 0.85),
          Map.entry(Set.of(Language.JAVA, Language.KOTLIN), 0.7),
          Map.entry(Set.of(Language.JAVA, Language.GROOVY), 0.6),
          Map.entry(Set.of(Language.JAVA, Language.SCALA), 0.5),
          Map.entry(Set.of(Language.KOTLIN, Language.SCALA), 0.5),
          Map.entry(Set.of(Language.CSHARP, Language.FSHARP), 0.5),
          Map.entry(Set.of(Language.JAVA, Language.CSHARP), 0.5),
          Map.entry(Set.of(Language.KOTLIN, Language.CSHARP), 0.4),
          Map.entry(Set.of(Language.PYTHON, Language.RUBY), 0.3),
          Map.entry(Set.of(Language.RUBY, Language.ELIXIR), 0.3),
          Map.entry(Set.of(Language.GO, Language.RUST), 0.2));

  /** Families of frameworks that share concepts, with how much familiarity carries over. */
  private static final List<Family> FAMILIES =
      List.of(
          new Family(Set.of("express", "koa", "hono", "fastify"), 0.6),
          new Family(Set.of("express", "nestjs"), 0.45),
          new Family(Set.of("fastify", "nestjs"), 0.4),
          new Family(Set.of("django", "django-rest-framework"), 0.8),
          new Family(Set.of("django", "flask"), 0.35),
          new Family(Set.of("flask", "fastapi"), 0.5),
          new Family(Set.of("spring-boot", "micronaut"), 0.6),
          new Family(Set.of("spring-boot", "quarkus"), 0.5),
          new Family(Set.of("quarkus", "micronaut", "helidon"), 0.45),
          new Family(Set.of("spring-boot", "helidon"), 0.4),
          new Family(Set.of("javalin", "ktor", "helidon"), 0.35),
          new Family(Set.of("vertx", "quarkus"), 0.35),
          new Family(Set.of("gin", "echo", "fiber", "chi"), 0.7),
          new Family(Set.of("actix-web", "axum"), 0.5),
          new Family(Set.of("laravel", "symfony"), 0.5),
          new Family(Set.of("rails", "phoenix"), 0.3),
          new Family(Set.of("rails", "laravel", "django"), 0.3));

  private record Family(Set<String> members, double closeness) {}

  private Closeness() {}

  static double languages(Language a, Language b) {
    return a == b ? 1 : LANGUAGES.getOrDefault(Set.of(a, b), 0.0);
  }

  static double frameworks(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    double best = 0;
    for (Family family : FAMILIES) {
      if (family.members().contains(a) && family.members().contains(b)) {
        best = Math.max(best, family.closeness());
      }
    }
    return best;
  }
}
