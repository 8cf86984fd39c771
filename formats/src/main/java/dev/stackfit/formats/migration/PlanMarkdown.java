package dev.stackfit.formats.migration;

import dev.stackfit.core.evaluation.RankedFramework;
import dev.stackfit.core.migration.ApiOperation;
import dev.stackfit.core.migration.MigrationPlan;
import dev.stackfit.core.migration.Slice;
import java.util.Locale;

/** The plan of {@code stackfit migrate plan} as Markdown, facade configuration included. */
public final class PlanMarkdown {
  private PlanMarkdown() {}

  public static String render(MigrationPlan plan, NginxFacade facade, String facadeFile) {
    StringBuilder md = new StringBuilder();
    md.append("# Migration plan: ")
        .append(plan.from().name())
        .append(" to ")
        .append(plan.to().name())
        .append("\n\nA strangler-fig plan for \"")
        .append(plan.profile())
        .append("\", made by stackfit on ")
        .append(plan.today())
        .append(": an nginx facade in front of both services sends each slice of the API to the")
        .append(" old or the new one, and slices move one at a time, each verified with")
        .append(" `stackfit lab diff` and rolled back by one change to the facade")
        .append(" (docs/migration.md).\n\n## Stay or move\n\n")
        .append(stayOrMove(plan))
        .append("\n");
    plan.notes().forEach(n -> md.append("\n> ").append(n).append("\n"));
    md.append("\n## What the move costs\n\n")
        .append(
            String.format(
                Locale.ROOT,
                "About %s person-months of rewriting, %s months with the migrating part of the"
                    + " team, both stacks running meanwhile; it lowers %s's score by %.3f in the"
                    + " evaluation. Assumptions:\n\n",
                one(PlanJson.personMonths(plan.cost())),
                one(plan.cost().months()),
                plan.to().name(),
                plan.cost().penalty()));
    plan.cost().reasons().forEach(r -> md.append("- ").append(r).append("\n"));
    slices(md, plan, facade, facadeFile);
    md.append("\n## The facade (")
        .append(facadeFile)
        .append(")\n\nRun it with `nginx -p DIR -c ")
        .append(facadeFile)
        .append("` (paths in it are relative to DIR). Its access log, ")
        .append(facade.accessLog())
        .append(", records every request for `lab diff --access-log`.\n\n```nginx\n")
        .append(facade.render(plan))
        .append("```\n");
    return md.toString();
  }

  private static String stayOrMove(MigrationPlan plan) {
    String stay =
        plan.stay()
            .map(s -> "staying on " + plan.from().name() + " ranks " + place(s))
            .orElse("staying is excluded by the profile's constraints");
    String target =
        plan.target()
            .map(t -> plan.to().name() + " ranks " + place(t) + " after its switching cost")
            .orElse(plan.to().name() + " is excluded by the profile's constraints");
    return "In the evaluation of this profile, "
        + stay
        + ", and "
        + target
        + "."
        + (plan.stayRanksHigher() ? " Staying wins." : "");
  }

  private static String place(RankedFramework r) {
    return String.format(Locale.ROOT, "%d (score %.3f)", r.rank(), r.score());
  }

  private static void slices(
      StringBuilder md, MigrationPlan plan, NginxFacade facade, String facadeFile) {
    md.append("\n## Slices\n\n");
    if (plan.slices().isEmpty()) {
      md.append("None: without an API description there is nothing to cut.\n");
      return;
    }
    md.append("| # | slice | operations | effort | why here |\n|---|---|---|---|---|\n");
    for (Slice s : plan.slices()) {
      md.append("| ")
          .append(s.order())
          .append(" | ")
          .append(s.id())
          .append(" | ")
          .append(s.operations().size())
          .append(" | ")
          .append(one(s.personMonths()))
          .append(" person-months | ")
          .append(s.reason())
          .append(" |\n");
    }
    for (Slice s : plan.slices()) {
      SliceSteps steps = SliceSteps.of(plan, s, facade, facadeFile);
      md.append("\n### ").append(s.order()).append(". ").append(s.id()).append("\n\n");
      for (ApiOperation op : s.operations()) {
        md.append("- `")
            .append(op.method())
            .append(' ')
            .append(op.path())
            .append('`')
            .append(op.summary().isEmpty() ? "" : ": " + op.summary())
            .append("\n");
      }
      md.append("- **Verify** before moving: `")
          .append(steps.verify())
          .append("`; ")
          .append(steps.verifyNote())
          .append(".\n- **Move**: ")
          .append(steps.move())
          .append(".\n- **Roll back**: ")
          .append(steps.rollback())
          .append(".\n- **Effort**: about ")
          .append(one(s.personMonths()))
          .append(" person-months, ")
          .append(one(s.months()))
          .append(" months.\n");
    }
  }

  static String one(double value) {
    return String.format(Locale.ROOT, value < 10 ? "%.1f" : "%.0f", value);
  }
}
