package dev.stackfit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackfit.core.history.EvaluationStore;
import dev.stackfit.core.history.EvaluationSummary;
import dev.stackfit.core.history.NewEvaluation;
import dev.stackfit.core.history.SavedEvaluation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every database must show; each vendor's test class extends this. */
abstract class EvaluationStoreContract {
  private static final Instant T0 = Instant.parse("2026-11-26T10:15:30.123456Z");

  private Database database;
  private EvaluationStore store;

  /** Opens an empty, migrated database of the vendor under test. */
  abstract Database openEmpty() throws Exception;

  @BeforeEach
  void open() throws Exception {
    database = openEmpty();
    store = database.evaluations();
  }

  @AfterEach
  void close() {
    database.close();
  }

  static NewEvaluation evaluation(String name, Instant at) {
    return new NewEvaluation(
        name,
        "stackfit: 1\nname: " + name + "\n",
        "{\"format\":1}",
        Optional.of("spring-boot"),
        at);
  }

  @Test
  void savedEvaluationIsFoundByItsIdWithEveryField() {
    NewEvaluation input =
        new NewEvaluation(
            "Café ☕ checkout", "name: x\n", "{\"a\":\"ü\"}", Optional.of("django"), T0);

    SavedEvaluation saved = store.save(input);

    assertThat(saved.id()).hasSize(12).matches("[A-Za-z0-9_-]+");
    assertThat(store.find(saved.id())).contains(saved);
    assertThat(saved.createdAt()).isEqualTo(Instant.parse("2026-11-26T10:15:30.123Z"));
    assertThat(saved.profileName()).isEqualTo("Café ☕ checkout");
    assertThat(saved.resultJson()).isEqualTo("{\"a\":\"ü\"}");
    assertThat(saved.labResultJson()).isEmpty();
  }

  @Test
  void largeDocumentsSurviveTheRoundTrip() {
    String json = "{\"x\":\"" + "y".repeat(300_000) + "\"}";
    SavedEvaluation saved = store.save(new NewEvaluation("big", "", json, Optional.empty(), T0));

    assertThat(store.find(saved.id()).orElseThrow().resultJson()).isEqualTo(json);
    assertThat(store.find(saved.id()).orElseThrow().winner())
        .as("no framework passed: no winner, not an empty id")
        .isEmpty();
  }

  @Test
  void unknownAndMalformedIdsFindNothing() {
    store.save(evaluation("one", T0));

    assertThat(store.find("AAAAAAAAAAAA")).isEmpty();
    assertThat(store.find("' OR 1=1 --")).isEmpty();
    assertThat(store.find("")).isEmpty();
    assertThat(store.find(null)).isEmpty();
  }

  @Test
  void everySaveGetsADistinctId() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      ids.add(store.save(evaluation("p" + i, T0)).id());
    }
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void listIsNewestFirstAndPages() {
    for (int i = 0; i < 5; i++) {
      store.save(evaluation("p" + i, T0.plusSeconds(i)));
    }

    List<EvaluationSummary> first = store.list(2, 0);
    List<EvaluationSummary> rest = store.list(10, 2);

    assertThat(first).extracting(EvaluationSummary::profileName).containsExactly("p4", "p3");
    assertThat(rest).extracting(EvaluationSummary::profileName).containsExactly("p2", "p1", "p0");
    assertThat(first.get(0).winner()).contains("spring-boot");
    assertThat(store.list(0, 0)).isEmpty();
  }

  @Test
  void negativePagingIsRejected() {
    assertThatThrownBy(() -> store.list(-1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void labResultIsAttachedAndReplaced() {
    SavedEvaluation saved = store.save(evaluation("lab", T0));

    assertThat(store.attachLabResult(saved.id(), "{\"v\":1}")).isTrue();
    assertThat(store.attachLabResult(saved.id(), "{\"v\":2}")).isTrue();
    assertThat(store.attachLabResult("AAAAAAAAAAAA", "{}")).isFalse();
    assertThat(store.find(saved.id()).orElseThrow().labResultJson()).contains("{\"v\":2}");
  }

  @Test
  void concurrentSavesAreAllKept() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<SavedEvaluation>> futures = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        String name = "c" + i;
        futures.add(pool.submit(() -> store.save(evaluation(name, T0))));
      }
      for (Future<SavedEvaluation> future : futures) {
        assertThat(store.find(future.get().id())).isPresent();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(store.list(1_000, 0)).hasSize(80);
  }
}
