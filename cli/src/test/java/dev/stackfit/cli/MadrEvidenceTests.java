package dev.stackfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.catalog.CatalogLoader;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.decision.Baseline;
import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.decision.DecisionStatus;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.EvaluationOptions;
import dev.stackfit.core.evaluation.Evaluator;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.formats.decision.MadrWriter;
import dev.stackfit.formats.evidence.LabResultJson;
import dev.stackfit.formats.profile.ProfileReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A decision record built from an evaluation with lab evidence quotes the measurement. */
class MadrEvidenceTests {
  @Test
  void confirmationQuotesTheProofOfConceptMeasurement() {
    Catalog catalog = new CatalogLoader().load(Path.of(CliRun.CATALOG));
    Profile profile =
        ProfileReader.forCatalog(catalog)
            .read(Path.of(CliRun.EXAMPLES, "enterprise-transactions.yaml"));
    LocalDate day = LocalDate.of(2026, 11, 26);
    var evidence =
        LabResultJson.read(
            "{\"date\":\"2026-11-20\",\"candidates\":[{\"framework\":\"spring-boot\",\"name\":\"orders-poc\","
                + "\"maxSustainableRps\":5000,\"startupMs\":12000,\"peakRssMb\":300}]}",
            "lab.json");
    Evaluation evaluation =
        Evaluator.evaluate(
            profile, catalog, new EvaluationOptions(day, 1, 0, Optional.of(evidence)));
    Decision decision =
        new Decision(
            "0002",
            "Use Spring Boot",
            DecisionStatus.ACCEPTED,
            Optional.empty(),
            day,
            "spring-boot",
            List.of("spring-boot", "quarkus"),
            "measured",
            List.of("Ana"),
            List.of(),
            List.of(),
            day.plusMonths(6),
            "",
            Baseline.of(evaluation));
    String madr = MadrWriter.write(decision, evaluation, Optional.empty(), List.of());
    assertThat(madr)
        .contains(
            "* The proof of concept (lab.json, 2026-11-20) sustained 5000 rps under the p99 target")
        .contains("measured in PoC (lab.json): 5,000 rps");
  }
}
