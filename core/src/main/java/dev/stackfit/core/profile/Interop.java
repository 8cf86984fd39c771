package dev.stackfit.core.profile;

import dev.stackfit.core.Identified;

/** How the service must talk to the rest of the system. */
public enum Interop implements Identified {
  GRPC("grpc"),
  MESSAGE_QUEUE("message-queue"),
  SERVICE_MESH("service-mesh"),
  GRAPHQL("graphql");

  private final String id;

  Interop(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
