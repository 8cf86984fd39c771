package dev.stackfit.core.weights;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.Architecture;
import dev.stackfit.core.profile.AsyncExperience;
import dev.stackfit.core.profile.DataKind;
import dev.stackfit.core.profile.DevopsMaturity;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.profile.Project;
import dev.stackfit.core.profile.Team;
import dev.stackfit.core.profile.Workload;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Weights derived from the profile's answers: every criterion starts at 1 and each answer that
 * makes a criterion matter more adds to it, with a reason naming the answer.
 */
final class DerivedWeights {
  private final Map<Criterion, Double> raw = new EnumMap<>(Criterion.class);
  private final Map<Criterion, List<String>> reasons = new EnumMap<>(Criterion.class);

  private DerivedWeights() {
    for (Criterion criterion : Criterion.values()) {
      raw.put(criterion, 1.0);
      reasons.put(criterion, new ArrayList<>(List.of("base 1.0")));
    }
    // The guide: "The most important factor is often the easiest to overlook: what does your team
    // already know?"
    raw.put(Criterion.TEAM_EXPERTISE, 1.5);
    reasons.put(
        Criterion.TEAM_EXPERTISE,
        new ArrayList<>(
            List.of("base 1.5: what the team already knows is often the most important factor")));
  }

  static Weights derive(Profile profile) {
    DerivedWeights weights = new DerivedWeights();
    weights.team(profile.team(), profile.project());
    weights.scale(profile.project());
    weights.lifespan(profile.project());
    weights.operations(profile);
    weights.features(profile.project());
    weights.teamFirst();
    return new Weights(
        Weights.normalise(weights.raw),
        WeightSource.DERIVED,
        weights.reasons,
        OptionalDouble.empty(),
        List.of());
  }

  /**
   * The guide calls what the team already knows "the most important factor": whatever the answers
   * about the team, lifespan, operations and features add, team-expertise weighs at least as much
   * as the heaviest of those criteria. Scale-fit is left out: the guide expects traffic alone to
   * move a team beyond what it knows ("if performance requirements are extreme"), and raising
   * team-expertise with it would let more traffic favour the familiar, slower framework.
   */
  private void teamFirst() {
    double heaviest =
        raw.entrySet().stream()
            .filter(
                e -> e.getKey() != Criterion.TEAM_EXPERTISE && e.getKey() != Criterion.SCALE_FIT)
            .mapToDouble(Map.Entry::getValue)
            .max()
            .orElse(0);
    double team = raw.get(Criterion.TEAM_EXPERTISE);
    if (heaviest > team) {
      add(
          Criterion.TEAM_EXPERTISE,
          heaviest - team,
          "raised to the heaviest other criterion but scale-fit: what the team knows stays the"
              + " most important factor");
    }
  }

  private void add(Criterion criterion, double amount, String because) {
    raw.merge(criterion, amount, Double::sum);
    reasons.get(criterion).add(String.format(Locale.ROOT, "%+.2f: %s", amount, because));
  }

  private void team(Team team, Project project) {
    if (project.shortLived()) {
      add(Criterion.TEAM_EXPERTISE, 1.5, "short-lived project: what the team already knows wins");
    }
    if (team.size() >= 8) {
      add(Criterion.STRUCTURE_FIT, 0.5, "team of " + team.size());
    }
    if (team.distributed()) {
      add(Criterion.STRUCTURE_FIT, 0.5, "team spread across time zones");
    }
    switch (team.turnover()) {
      case HIGH -> add(Criterion.STRUCTURE_FIT, 0.75, "high turnover");
      case MEDIUM -> add(Criterion.STRUCTURE_FIT, 0.25, "medium turnover");
      case LOW -> {}
    }
    if (team.asyncExperience() == AsyncExperience.NONE) {
      add(Criterion.TEAM_EXPERTISE, 0.25, "no async experience: the request model matters");
    }
  }

  private void scale(Project project) {
    int peak = project.traffic().designPeakRps();
    if (peak >= 100_000) {
      add(
          Criterion.SCALE_FIT,
          2,
          "3-year peak " + String.format(Locale.ROOT, "%,d", peak) + " rps");
    } else if (peak >= 10_000) {
      add(
          Criterion.SCALE_FIT,
          1,
          "3-year peak " + String.format(Locale.ROOT, "%,d", peak) + " rps");
    } else if (peak >= 1_000) {
      add(
          Criterion.SCALE_FIT,
          0.5,
          "3-year peak " + String.format(Locale.ROOT, "%,d", peak) + " rps");
    }
    if (project.traffic().p99LatencyMs() <= 50) {
      add(Criterion.SCALE_FIT, 0.5, "p99 target " + project.traffic().p99LatencyMs() + " ms");
    }
    if (project.realtime()) {
      add(Criterion.SCALE_FIT, 0.25, "realtime features");
    }
    if (project.workload() == Workload.CPU_BOUND) {
      add(Criterion.SCALE_FIT, 0.25, "CPU-bound workload");
    }
    if (project.data() == DataKind.RELATIONAL_COMPLEX) {
      add(Criterion.SCALE_FIT, 0.25, "complex relational data");
    }
  }

  private void lifespan(Project project) {
    double years = project.lifespanYears();
    if (years >= 5) {
      add(Criterion.ECOSYSTEM_HEALTH, 1, String.format(Locale.ROOT, "%.0f-year lifespan", years));
      add(Criterion.STRUCTURE_FIT, 0.25, String.format(Locale.ROOT, "%.0f-year lifespan", years));
    } else if (years >= 3) {
      add(Criterion.ECOSYSTEM_HEALTH, 0.5, String.format(Locale.ROOT, "%.0f-year lifespan", years));
    }
    if (project.critical()) {
      add(Criterion.ECOSYSTEM_HEALTH, 0.5, "critical system");
    }
  }

  private void operations(Profile profile) {
    var ops = profile.operations();
    if (ops.devopsMaturity() == DevopsMaturity.LOW) {
      add(Criterion.OPERATIONAL_FIT, 0.5, "low devops maturity");
    }
    switch (ops.deploy()) {
      case SERVERLESS, EDGE ->
          add(Criterion.OPERATIONAL_FIT, 0.5, ops.deploy().id() + " deployment");
      default -> {}
    }
    if (ops.memoryPerInstanceMb().isPresent()) {
      add(
          Criterion.OPERATIONAL_FIT,
          0.25,
          "memory budget " + ops.memoryPerInstanceMb().getAsInt() + " MiB");
    }
    if (!ops.runtimes().isEmpty()) {
      add(Criterion.OPERATIONAL_FIT, 0.25, "runtimes already operated");
    }
  }

  private void features(Project project) {
    int needs = project.needs().size();
    if (needs >= 4) {
      add(Criterion.FEATURE_FIT, 0.5, needs + " needed features");
    }
    if (project.architecture() == Architecture.MICROSERVICE && !project.interop().isEmpty()) {
      add(Criterion.FEATURE_FIT, 0.5, "microservice that must interoperate");
    }
  }
}
