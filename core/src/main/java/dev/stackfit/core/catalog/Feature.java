package dev.stackfit.core.catalog;

import dev.stackfit.core.Identified;

/**
 * Capabilities a project may need and a framework may provide (ids of docs/contracts/README.md).
 */
public enum Feature implements Identified {
  ORM("orm"),
  MIGRATIONS("migrations"),
  ADMIN_UI("admin-ui"),
  AUTH("auth"),
  VALIDATION("validation"),
  OPENAPI("openapi"),
  SERVER_TEMPLATES("server-templates"),
  WEBSOCKETS("websockets"),
  GRPC("grpc"),
  MESSAGE_QUEUE("message-queue"),
  BACKGROUND_JOBS("background-jobs"),
  GRAPHQL("graphql"),
  DEPENDENCY_INJECTION("dependency-injection"),
  STATIC_TYPING("static-typing"),
  NATIVE_BINARY("native-binary"),
  TRANSACTIONS("transactions"),
  /** Runs on edge runtimes (V8 isolates such as Cloudflare Workers), not only on its own server. */
  EDGE_RUNTIME("edge-runtime");

  private final String id;

  Feature(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
