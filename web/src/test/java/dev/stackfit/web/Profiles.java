package dev.stackfit.web;

/** Profile texts for tests. */
final class Profiles {
  private Profiles() {}

  static final String CHECKOUT_YAML =
      """
      stackfit: 1
      name: Checkout service
      team:
        size: 6
        asyncExperience: some
        skills:
          - { language: java, level: expert }
          - { framework: spring-boot, level: working }
      project:
        lifespanYears: 5
        traffic: { peakRps: 200, peakRpsIn3Years: 5000, p99LatencyMs: 250 }
        data: relational-complex
        needs: [orm, migrations, auth, transactions]
        architecture: microservice
        interop: [grpc, message-queue]
      operations:
        runtimes: [jvm]
        deploy: kubernetes
      constraints:
        excludeLanguages: [php]
      """;

  static final String PROTOTYPE_JSON =
      """
      {"stackfit": 1, "name": "Prototype",
       "team": {"size": 2, "skills": [{"language": "python", "level": "expert"}]},
       "project": {"lifespanYears": 0.5}}
      """;
}
