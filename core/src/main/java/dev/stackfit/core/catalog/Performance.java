package dev.stackfit.core.catalog;

/**
 * Peak-tuned lab throughput from TechEmpower Framework Benchmarks, for the framework's comparable
 * test variant. These are upper bounds on big hardware, not what an application will see.
 *
 * @param variant the TFB test variant the figures come from ("django", "spring-jpa")
 * @param jsonRps JSON serialization test, requests per second; 0 when not measured
 * @param fortunesRps Fortunes test (database query, sorting, HTML templating), requests per second;
 *     0 when not measured
 * @param hardwareThreads hardware threads of the benchmark machine, to derive per-core figures
 * @param orm how the variant reaches the database: "full" (an ORM), "micro" (a query mapper), "raw"
 *     (the driver's API); empty when not recorded
 * @param driver "blocking" or "async" (a reactive or non-blocking database client); empty when not
 *     recorded
 * @param database the variant's database ("postgres", "mysql", "mongodb"); empty when not recorded
 */
public record Performance(
    String variant,
    double jsonRps,
    double fortunesRps,
    int hardwareThreads,
    String orm,
    String driver,
    String database) {
  public Performance {
    if (variant == null || jsonRps < 0 || fortunesRps < 0 || hardwareThreads <= 0) {
      throw new IllegalArgumentException(
          "performance needs a variant, non-negative rates, threads > 0");
    }
    if (orm == null || driver == null || database == null) {
      throw new IllegalArgumentException("orm, driver and database may be empty but not null");
    }
  }

  /** Figures without a recorded setup. */
  public Performance(String variant, double jsonRps, double fortunesRps, int hardwareThreads) {
    this(variant, jsonRps, fortunesRps, hardwareThreads, "", "", "");
  }

  /**
   * How the variant reaches its database, for reasons: "full ORM on PostgreSQL, blocking driver".
   */
  public String setup() {
    StringBuilder text = new StringBuilder();
    if (!orm.isEmpty()) {
      text.append(
          switch (orm) {
            case "full" -> "full ORM";
            case "micro" -> "micro ORM";
            default -> "raw queries";
          });
    }
    if (!database.isEmpty()) {
      text.append(text.isEmpty() ? "" : " ").append("on ").append(databaseName());
    }
    if (!driver.isEmpty()) {
      text.append(text.isEmpty() ? "" : ", ").append(driver).append(" driver");
    }
    return text.toString();
  }

  private String databaseName() {
    return switch (database) {
      case "postgres" -> "PostgreSQL";
      case "mysql" -> "MySQL";
      case "mongodb" -> "MongoDB";
      default -> database;
    };
  }
}
