package dev.stackfit.core.testing;

import java.util.List;

/** The framework ids fixed by docs/contracts/README.md, in its order, for tests. */
public final class ContractIds {
  public static final List<String> FRAMEWORKS =
      List.of(
          "express",
          "fastify",
          "nestjs",
          "koa",
          "hono",
          "django",
          "django-rest-framework",
          "flask",
          "fastapi",
          "rails",
          "laravel",
          "symfony",
          "spring-boot",
          "quarkus",
          "micronaut",
          "helidon",
          "javalin",
          "vertx",
          "ktor",
          "aspnet-core",
          "gin",
          "echo",
          "fiber",
          "chi",
          "actix-web",
          "axum",
          "phoenix");

  private ContractIds() {}
}
