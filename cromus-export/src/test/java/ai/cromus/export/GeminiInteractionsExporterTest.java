package ai.cromus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cromus.export.gemini.GeminiInteractionsExporter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.genai.gaos.models.interactions.CreateModelInteraction;
import com.google.genai.gaos.utils.JSON;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The interaction body against the Google GenAI Java SDK's model, plus the library's own rules. */
class GeminiInteractionsExporterTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final List<String> STEP_TYPES =
      List.of(
          "user_input",
          "thought",
          "function_call",
          "function_call_result",
          "google_search_call",
          "google_search_result",
          "model_output");

  static Iterable<String> cases() {
    return Cases.names();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void sdkReadsTheBody(String name) throws Exception {
    var bundle = Cases.export("gemini-interactions", name);
    String json = bundle.file("interaction.json").orElseThrow().text();
    CreateModelInteraction body = JSON.getMapper().readValue(json, CreateModelInteraction.class);
    assertThat(body.model()).isPresent();
    assertThat(body.systemInstruction()).isPresent();
    assertThat(body.tools().map(List::size).orElse(0))
        .isEqualTo(MAPPER.readTree(json).path("tools").size());
    ownRules(MAPPER.readTree(json));
    JsonNode template = MAPPER.readTree(bundle.file("steps-template.json").orElseThrow().text());
    for (JsonNode step : template.get("steps")) {
      if (step.has("type")) {
        assertThat(STEP_TYPES).contains(step.get("type").asText());
      }
      step.path("expect").forEach(e -> assertThat(STEP_TYPES).contains(e.get("type").asText()));
    }
  }

  @Test
  void theSdkCheckCanFail() {
    assertThatThrownBy(
            () ->
                JSON.getMapper()
                    .readValue("{\"system_instruction\": \"x\"}", CreateModelInteraction.class))
        .hasMessageContaining("model");
  }

  static void ownRules(JsonNode body) {
    assertThat(body.has("agent")).isFalse();
    assertThat(body.get("model").asText()).isNotBlank();
    for (JsonNode t : body.path("tools")) {
      assertThat(GeminiInteractionsExporter.TOOL_WHITELIST).contains(t.get("type").asText());
      if (t.get("type").asText().equals("function")) {
        assertThat(t.get("name").asText()).matches("[A-Za-z_][A-Za-z0-9_.-]{0,63}");
        assertThat(t.get("parameters").get("type").asText()).isEqualTo("object");
      }
    }
    if (body.has("generation_config") && body.get("generation_config").has("thinking_level")) {
      assertThat(List.of("minimal", "low", "medium", "high"))
          .contains(body.get("generation_config").get("thinking_level").asText());
    }
    body.path("labels")
        .properties()
        .forEach(
            e -> {
              assertThat(e.getKey()).matches("[a-z][a-z0-9_-]{0,62}");
              assertThat(e.getValue().asText()).matches("[a-z0-9_-]{0,63}");
            });
  }
}
