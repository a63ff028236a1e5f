package ai.cromus.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The AutoGen component JSON, checked structurally (AutoGen has no validator outside Python):
 * provider and config at every level, providers from an allow-list, required config keys, agent
 * names unique Python identifiers, no API key.
 */
class AutoGenExporterTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final Map<String, Set<String>> REQUIRED =
      Map.of(
          "autogen_agentchat.teams.RoundRobinGroupChat", Set.of("participants"),
          "autogen_agentchat.agents.AssistantAgent", Set.of("name", "model_client"),
          "autogen_agentchat.agents.UserProxyAgent", Set.of("name"),
          "autogen_ext.models.openai.OpenAIChatCompletionClient", Set.of("model"),
          "autogen_ext.models.anthropic.AnthropicChatCompletionClient", Set.of("model"),
          "autogen_agentchat.conditions.OrTerminationCondition", Set.of("conditions"),
          "autogen_agentchat.conditions.TextMentionTermination", Set.of("text"),
          "autogen_agentchat.conditions.MaxMessageTermination", Set.of("max_messages"));

  static Iterable<String> cases() {
    return Cases.names();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void componentsAreWellFormed(String name) throws Exception {
    JsonNode team =
        MAPPER.readTree(Cases.export("autogen", name).file("team.json").orElseThrow().text());
    component(team);
    Set<String> names = new HashSet<>();
    for (JsonNode p : team.get("config").get("participants")) {
      String n = p.get("config").get("name").asText();
      assertThat(n).matches("[A-Za-z_][A-Za-z0-9_]*");
      assertThat(names.add(n)).as("unique agent " + n).isTrue();
    }
    assertThat(names).hasSize(Cases.result(name).workflow().steps().size());
  }

  private static void component(JsonNode c) {
    assertThat(c.has("provider") && c.has("config")).as(c.toString()).isTrue();
    String provider = c.get("provider").asText();
    assertThat(REQUIRED).containsKey(provider);
    REQUIRED
        .get(provider)
        .forEach(k -> assertThat(c.get("config").has(k)).as(provider + "." + k).isTrue());
    assertThat(c.get("config").has("api_key")).isFalse();
    c.get("config").forEach(AutoGenExporterTest::nested);
  }

  private static void nested(JsonNode v) {
    if (v.isObject() && v.has("provider")) {
      component(v);
    } else if (v.isArray()) {
      v.forEach(AutoGenExporterTest::nested);
    }
  }
}
