package dev.stackfit.store.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.history.NewEvaluation;
import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.EvaluationOwners;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EvaluationOwners} must do. */
abstract class EvaluationOwnersContract extends TeamStoreFixture {
  EvaluationOwners owners;
  String evaluation;

  @BeforeEach
  void owners() {
    owners = stores.owners();
    evaluation =
        database
            .evaluations()
            .save(
                new NewEvaluation(
                    "Orders", "stackfit: 1\nname: Orders\n", "{}", Optional.empty(), NOW))
            .id();
  }

  @Test
  void theFirstClaimMakesTheOwnerAndNoLaterOneReplacesIt() {
    Account fran = user("Fran");
    Account eve = user("Eve");
    assertThat(owners.owner(evaluation)).isEmpty();
    owners.claim(evaluation, fran.id());
    owners.claim(evaluation, eve.id());
    assertThat(owners.owner(evaluation)).contains(fran.id());
  }

  @Test
  void allowedAccountsAreListedOnce() {
    Account bo = user("Bo");
    Account ada = user("Ada");
    owners.allow(evaluation, bo.id());
    owners.allow(evaluation, bo.id());
    owners.allow(evaluation, ada.id());
    assertThat(owners.allowed(evaluation)).containsExactlyInAnyOrder(bo.id(), ada.id());
    assertThat(owners.allowed("other")).isEmpty();
  }
}
