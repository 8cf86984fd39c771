package dev.stackfit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackfit.core.StackfitException;
import dev.stackfit.core.history.SavedEvaluation;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stored evaluation JSON is answered with its id and permalink spliced in front. */
class EvaluationsJsonTests {
  private static SavedEvaluation saved(String json) {
    return new SavedEvaluation(
        "abc", "p", "name: p\n", json, Optional.empty(), Instant.EPOCH, Optional.empty());
  }

  private static JsonNode answer(String json) throws Exception {
    return new ObjectMapper().readTree(Evaluations.jsonWithId(saved(json)));
  }

  @Test
  void idAndPermalinkComeFirstAndTheRestIsUntouched() throws Exception {
    String answer = Evaluations.jsonWithId(saved("{\"format\":1,\"profile\":\"p\"}"));
    assertThat(answer)
        .isEqualTo(
            "{\"id\":\"abc\",\"permalink\":\"/evaluations/abc\",\"format\":1,\"profile\":\"p\"}");
  }

  @Test
  void emptyObjectsAndLeadingSpaceStayValidJson() throws Exception {
    assertThat(answer("{ }").path("id").asText()).isEqualTo("abc");
    assertThat(answer("{}").size()).isEqualTo(2);
    assertThat(answer("  \n{\n  \"format\" : 1\n}\n").path("format").asInt()).isEqualTo(1);
  }

  @Test
  void aStoredTextThatIsNoObjectIsAnError() {
    assertThatThrownBy(() -> Evaluations.jsonWithId(saved("[1, 2]")))
        .isInstanceOf(StackfitException.class)
        .hasMessageContaining("abc");
  }
}
