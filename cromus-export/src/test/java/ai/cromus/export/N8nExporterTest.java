package ai.cromus.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The n8n workflow against the checks n8n's own validator skips: unique names and ids, every
 * connection between existing nodes with a known type, one language model per agent, a trigger, no
 * orphan, main flow laid out left to right, and no string n8n would evaluate.
 */
class N8nExporterTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final Set<String> CONNECTION_TYPES =
      Set.of(
          "main",
          "ai_languageModel",
          "ai_tool",
          "ai_memory",
          "ai_outputParser",
          "ai_agent",
          "ai_chain",
          "ai_document",
          "ai_embedding",
          "ai_retriever",
          "ai_reranker",
          "ai_textSplitter",
          "ai_vectorStore");

  static Iterable<String> cases() {
    return Cases.names();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void referencesHold(String name) throws Exception {
    JsonNode wf =
        MAPPER.readTree(Cases.export("n8n", name).file("workflow.json").orElseThrow().text());
    check(wf);
  }

  static void check(JsonNode wf) {
    Map<String, JsonNode> byName = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode n : wf.get("nodes")) {
      for (String key : List.of("id", "name", "type", "typeVersion", "position", "parameters")) {
        assertThat(n.has(key)).as(n.path("name") + " has " + key).isTrue();
      }
      assertThat(n.get("id").asText())
          .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
      assertThat(ids.add(n.get("id").asText())).as("unique id").isTrue();
      assertThat(byName.put(n.get("name").asText(), n)).as("unique name " + n.get("name")).isNull();
      assertThat(n.get("typeVersion").isNumber()).isTrue();
      assertThat(n.get("position").size()).isEqualTo(2);
      assertThat(n.has("credentials")).isFalse();
      strings(n.get("parameters"));
    }
    Set<String> linked = new HashSet<>();
    Map<String, Integer> models = new HashMap<>();
    wf.get("connections")
        .properties()
        .forEach(
            src -> {
              assertThat(byName).as("source " + src.getKey()).containsKey(src.getKey());
              src.getValue()
                  .properties()
                  .forEach(
                      byType -> {
                        assertThat(CONNECTION_TYPES).contains(byType.getKey());
                        for (JsonNode output : byType.getValue()) {
                          for (JsonNode c : output) {
                            String to = c.get("node").asText();
                            assertThat(byName).as("target " + to).containsKey(to);
                            assertThat(c.get("type").asText()).isEqualTo(byType.getKey());
                            linked.add(src.getKey());
                            linked.add(to);
                            if (byType.getKey().equals("ai_languageModel")) {
                              models.merge(to, 1, Integer::sum);
                            }
                            if (byType.getKey().equals("main")) {
                              assertThat(byName.get(to).get("position").get(0).asInt())
                                  .as("left to right: " + src.getKey() + " -> " + to)
                                  .isGreaterThan(
                                      byName.get(src.getKey()).get("position").get(0).asInt());
                            }
                          }
                        }
                      });
            });
    assertThat(byName.values())
        .anyMatch(n -> n.get("type").asText().toLowerCase(Locale.ROOT).contains("trigger"));
    assertThat(linked).as("no orphan node").containsAll(byName.keySet());
    byName.values().stream()
        .filter(n -> n.get("type").asText().equals("@n8n/n8n-nodes-langchain.agent"))
        .forEach(
            n ->
                assertThat(models.get(n.get("name").asText()))
                    .as("one model for " + n.get("name"))
                    .isEqualTo(1));
  }

  /**
   * No parameter string but the exporter's own input expression starts with '=', so n8n never
   * evaluates workflow text.
   */
  private static void strings(JsonNode node) {
    if (node.isTextual()
        && !node.asText().equals(ai.cromus.export.n8n.N8nExporter.INPUT_EXPRESSION)) {
      assertThat(node.asText()).doesNotStartWith("=");
    }
    node.forEach(N8nExporterTest::strings);
  }
}
