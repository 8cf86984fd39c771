package dev.stackfit.formats.report;

import dev.stackfit.core.Identified;
import dev.stackfit.core.advisories.AdvisoryId;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Governance;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Philosophy;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Structure;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.DataKind;
import dev.stackfit.core.profile.Deploy;
import dev.stackfit.core.profile.Interop;
import dev.stackfit.core.profile.Workload;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What people read for an id: "C#" for {@code csharp}, "Complex relational" for {@code
 * relational-complex}. The ids stay in files, JSON and command lines; pages and records show these.
 * An id without a word of its own reads as itself with spaces and a capital ("Expert").
 */
public final class Labels {
  private static final Map<Identified, String> WORDS = new HashMap<>();

  static {
    put(Language.JAVASCRIPT, "JavaScript");
    put(Language.TYPESCRIPT, "TypeScript");
    put(Language.PHP, "PHP");
    put(Language.CSHARP, "C#");
    put(Language.FSHARP, "F#");
    put(Runtime.NODE, "Node.js");
    put(Runtime.CPYTHON, "CPython");
    put(Runtime.RUBY, "Ruby (CRuby)");
    put(Runtime.PHP, "PHP");
    put(Runtime.JVM, "JVM");
    put(Runtime.DOTNET, ".NET");
    put(Runtime.NATIVE, "Native binary (Go, Rust)");
    put(Runtime.BEAM, "BEAM (Erlang VM)");
    put(DataKind.RELATIONAL_SIMPLE, "Simple relational");
    put(DataKind.RELATIONAL_COMPLEX, "Complex relational");
    put(DataKind.DOCUMENT, "Documents");
    put(DataKind.KEY_VALUE, "Key-value");
    put(DataKind.NONE, "No stored data");
    put(Workload.IO_BOUND, "I/O-bound");
    put(Workload.CPU_BOUND, "CPU-bound");
    put(Deploy.VM, "Virtual machines");
    put(Deploy.PAAS, "Platform as a service");
    put(Interop.GRPC, "gRPC");
    put(Interop.GRAPHQL, "GraphQL");
    put(Feature.ORM, "ORM");
    put(Feature.ADMIN_UI, "Admin UI");
    put(Feature.OPENAPI, "OpenAPI");
    put(Feature.GRPC, "gRPC");
    put(Feature.WEBSOCKETS, "WebSockets");
    put(Feature.GRAPHQL, "GraphQL");
    put(Feature.AUTH, "Authentication");
    put(Feature.EDGE_RUNTIME, "Runs on edge runtimes");
    put(RequestModel.ASYNC_AWAIT, "Async/await");
    put(Structure.CONVENTION, "Convention-heavy");
    put(Structure.FLEXIBLE, "Minimal, flexible");
    put(Philosophy.BATTERIES, "Batteries included");
    put(Governance.INDIVIDUAL, "Individual maintainer");
    put(Support.FIRST_PARTY, "First-party");
    put(AdvisoryId.CONVENTIONS_FOR_TEAM, "Conventions for this team");
    put(AdvisoryId.MICROSERVICE_INTEROP, "Microservice interoperability");
    put(AdvisoryId.SHORT_LIVED, "Short-lived project");
    put(AdvisoryId.WHOLE_STACK, "The whole stack matters");
    put(AdvisoryId.POC_NEXT, "Next: a proof of concept");
  }

  private Labels() {}

  private static void put(Identified value, String words) {
    WORDS.put(value, words);
  }

  /** The words for {@code value}. */
  public static String of(Identified value) {
    if (value instanceof Criterion criterion) {
      return criterion.label();
    }
    String words = WORDS.get(value);
    return words != null ? words : humanize(value.id());
  }

  /** "team-expertise" as "Team expertise": for ids that have no words of their own. */
  public static String humanize(String id) {
    String spaced = id.replace('-', ' ').replace('_', ' ').strip();
    return spaced.isEmpty()
        ? spaced
        : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
  }
}
