package dev.stackfit.core.criteria;

import dev.stackfit.core.Identified;

/** The six criteria (docs/contracts/README.md, "Identifiers"), each tracing to the guide. */
public enum Criterion implements Identified {
  TEAM_EXPERTISE(
      "team-expertise",
      "Team expertise",
      "How fast is this team productive, and how steep is the learning curve against the project's life?"),
  SCALE_FIT(
      "scale-fit",
      "Scale fit",
      "Does it carry today's and the 3-year traffic with margin, for this workload and data?"),
  ECOSYSTEM_HEALTH(
      "ecosystem-health", "Ecosystem health", "Will it still be healthy and supported in 5 years?"),
  OPERATIONAL_FIT(
      "operational-fit",
      "Operational fit",
      "What does it cost to deploy, monitor, debug and update here?"),
  STRUCTURE_FIT(
      "structure-fit", "Structure fit", "Will the codebase stay consistent for this team?"),
  FEATURE_FIT(
      "feature-fit",
      "Feature fit",
      "How much of what the project needs comes built in (batteries) vs assembled (modular)?");

  private final String id;
  private final String label;
  private final String question;

  Criterion(String id, String label, String question) {
    this.id = id;
    this.label = label;
    this.question = question;
  }

  @Override
  public String id() {
    return id;
  }

  /** Its name for people ("Team expertise"); the id stays in files and JSON. */
  public String label() {
    return label;
  }

  /** The question this criterion answers, for reports. */
  public String question() {
    return question;
  }
}
