package ai.cromus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.ExportedFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** CrewAI YAML and crew.py: required keys, and every name resolves to a decorated method. */
class CrewAiExporterTest {
  static final YAMLMapper YAML = new YAMLMapper();

  static Iterable<String> cases() {
    return Cases.names();
  }

  static String file(ExportBundle b, String suffix) {
    return b.files().stream()
        .filter(f -> f.path().endsWith(suffix))
        .map(ExportedFile::text)
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void yamlHasTheRequiredKeysAndNamesResolve(String name) throws Exception {
    ExportBundle b = Cases.export("crewai", name);
    JsonNode agents = YAML.readTree(file(b, "config/agents.yaml"));
    JsonNode tasks = YAML.readTree(file(b, "config/tasks.yaml"));
    agents
        .properties()
        .forEach(
            e -> {
              assertThat(e.getKey()).matches("[a-z_][a-z0-9_]*");
              for (String key : List.of("role", "goal", "backstory")) {
                assertThat(e.getValue().get(key).asText()).as(e.getKey() + "." + key).isNotBlank();
              }
            });
    List<String> order = new ArrayList<>();
    tasks
        .properties()
        .forEach(
            e -> {
              order.add(e.getKey());
              assertThat(e.getValue().get("description").asText()).isNotBlank();
              assertThat(e.getValue().get("expected_output").asText()).isNotBlank();
              assertThat(agents.has(e.getValue().get("agent").asText())).isTrue();
              e.getValue()
                  .path("context")
                  .forEach(
                      c -> assertThat(order).as("context before its task").contains(c.asText()));
            });
    assertThat(order).hasSize(Cases.result(name).workflow().steps().size());

    if (Python.available()) {
      JsonNode module = Python.inspect(file(b, "crew.py"));
      Set<String> agentMethods = new HashSet<>();
      List<String> taskMethods = new ArrayList<>();
      for (JsonNode def : module.get("defs")) {
        List<String> decorators = new ArrayList<>();
        def.get(1).forEach(d -> decorators.add(d.asText()));
        if (decorators.contains("agent")) {
          agentMethods.add(def.get(0).asText());
        }
        if (decorators.contains("task")) {
          taskMethods.add(def.get(0).asText());
        }
      }
      List<String> agentKeys = new ArrayList<>();
      agents.fieldNames().forEachRemaining(agentKeys::add);
      assertThat(agentMethods).containsExactlyInAnyOrderElementsOf(agentKeys);
      assertThat(taskMethods).as("tasks in YAML order").containsExactlyElementsOf(order);
    }
  }

  @Test
  void keepsPlaceholderTextLiteral() throws Exception {
    assumeTrue(Python.available(), "python3 is not on the PATH");
    var w = Fixtures.refundTriage("Triage for {store} and {{ customer }}");
    ExportBundle b =
        Cases.exporter("crewai").export(Fixtures.compiled(w), ExportOptions.defaults());
    JsonNode module = Python.inspect(file(b, "crew.py"));
    List<String> literal = new ArrayList<>();
    module.get("assigns").get("LITERAL_PLACEHOLDERS").forEach(n -> literal.add(n.asText()));
    assertThat(literal).containsExactly("store");
    assertThat(b.diagnostics()).extracting(d -> d.rule()).contains("EXPORT-LITERAL-PLACEHOLDER");
    assertThat(new ObjectMapper().writeValueAsString(YAML.readTree(file(b, "config/agents.yaml"))))
        .contains("Triage for {store} and {{ customer }}");
  }
}
