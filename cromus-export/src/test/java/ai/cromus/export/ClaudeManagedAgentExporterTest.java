package ai.cromus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import com.anthropic.core.ObjectMappers;
import com.anthropic.models.beta.agents.AgentCreateParams;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CreateAgent body against the official Anthropic Java SDK and the documented server rules. */
class ClaudeManagedAgentExporterTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static Iterable<String> cases() {
    return Cases.names();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void sdkAcceptsTheBody(String name) throws Exception {
    String json =
        Cases.export("claude-managed-agent", name).file("agent.json").orElseThrow().text();
    AgentCreateParams.Body body =
        ObjectMappers.jsonMapper().readValue(json, AgentCreateParams.Body.class);
    body.validate();
    assertThat(body.isValid()).isTrue();
    assertThat(body.name()).isNotBlank();
    serverRules(JSON.readTree(json));
  }

  @Test
  void theSdkCheckCanFail() {
    String missingName = "{\"model\": \"claude-sonnet-4-6\"}";
    assertThatThrownBy(
            () ->
                ObjectMappers.jsonMapper()
                    .readValue(missingName, AgentCreateParams.Body.class)
                    .validate())
        .hasMessageContaining("name");
  }

  @Test
  void usesThePlansAnthropicModelAndItsNativeId() throws Exception {
    JsonNode refund =
        JSON.readTree(
            Cases.export("claude-managed-agent", "refund-triage")
                .file("agent.json")
                .orElseThrow()
                .text());
    assertThat(refund.get("model").asText()).isEqualTo("claude-sonnet-4-6");
    // incident-postmortem: the main step plans gpt-5-4 with claude-opus-4-7 as fallback
    JsonNode incident =
        JSON.readTree(
            Cases.export("claude-managed-agent", "incident-postmortem")
                .file("agent.json")
                .orElseThrow()
                .text());
    assertThat(incident.get("model").asText()).isEqualTo("claude-opus-4-7");
  }

  @Test
  void reportsAndDefaultsWhenNoModelIsKnown() {
    ExportBundle b =
        Cases.exporter("claude-managed-agent")
            .export(Fixtures.compiled(Fixtures.refundTriage()), ExportOptions.defaults());
    assertThat(b.diagnostics()).extracting(d -> d.rule()).contains("EXPORT-NO-MODEL");
    assertThat(b.file("agent.json").orElseThrow().text())
        .contains("\"model\" : \"claude-sonnet-4-6\"");
  }

  @Test
  void systemPromptIsTheProcedureWithTheEthosGuardrails() throws Exception {
    var r =
        Fixtures.withArtifacts(
            Cases.result("refund-triage"),
            ai.cromus.core.spec.Artifacts.builder()
                .skillMd("---\nname: refund-triage\n---\n# Skill body")
                .cromusYaml("x: 1")
                .ethosMd("# Ethos\nNever promise refunds.")
                .ethosFileName("ethos-the-diplomat-v1.0.0.md")
                .memoryMd("# Memory")
                .build());
    JsonNode body =
        JSON.readTree(
            Cases.exporter("claude-managed-agent")
                .export(r, Cases.options("refund-triage"))
                .file("agent.json")
                .orElseThrow()
                .text());
    // the steps as the author wrote them, not the SKILL.md (whose front matter names the plan's
    // model and cost, and whose YAML and Markdown escapes the model would read literally)
    assertThat(body.get("system").asText())
        .startsWith("# Refund request triage\n")
        .contains("## Step 1: Classify the request (llm)\n")
        .doesNotContain("Skill body")
        .endsWith(
            "# Guardrails (ethos-the-diplomat-v1.0.0.md)\n\nFollow this ETHOS profile"
                + " throughout.\n\n# Ethos\nNever promise refunds.\n");
  }

  @Test
  void limitsAreEnforcedWithDiagnostics() throws Exception {
    var base = Fixtures.refundTriage("T".repeat(300));
    var tools = new java.util.ArrayList<String>();
    for (int i = 0; i < 130; i++) {
      tools.add("svc.tool" + i);
    }
    var steps = new java.util.ArrayList<>(base.steps());
    steps.set(1, ai.cromus.core.workflow.ImmutableStep.copyOf(steps.get(1)).withTools(tools));
    var w = ai.cromus.core.workflow.ImmutableWorkflow.copyOf(base).withSteps(steps);
    ExportBundle b =
        Cases.exporter("claude-managed-agent")
            .export(Fixtures.compiled(w), ExportOptions.defaults());
    String json = b.file("agent.json").orElseThrow().text();
    JsonNode body = JSON.readTree(json);
    assertThat(body.get("name").asText()).hasSize(256);
    assertThat(body.get("tools")).hasSize(128);
    assertThat(b.diagnostics()).filteredOn(d -> d.rule().equals("EXPORT-LIMIT")).hasSize(2);
    ObjectMappers.jsonMapper().readValue(json, AgentCreateParams.Body.class).validate();
    serverRules(body);
  }

  /** The rules of §1.3 the SDK does not check. */
  static void serverRules(JsonNode body) {
    assertThat(body.get("name").asText().codePointCount(0, body.get("name").asText().length()))
        .isBetween(1, 256);
    if (body.has("system")) {
      assertThat(body.get("system").asText().length()).isLessThanOrEqualTo(100_000);
    }
    if (body.has("description")) {
      assertThat(body.get("description").asText().length()).isLessThanOrEqualTo(2048);
    }
    Set<String> servers = new HashSet<>();
    body.path("mcp_servers").forEach(s -> assertThat(servers.add(s.get("name").asText())).isTrue());
    Set<String> toolNames = new HashSet<>();
    assertThat(body.path("tools").size()).isLessThanOrEqualTo(128);
    for (JsonNode t : body.path("tools")) {
      if (t.get("type").asText().equals("custom")) {
        assertThat(t.get("name").asText()).matches("[A-Za-z0-9_-]{1,128}");
        assertThat(toolNames.add(t.get("name").asText())).isTrue();
        assertThat(t.get("description").asText().length()).isBetween(1, 1024);
        assertThat(t.get("input_schema").get("type").asText()).isEqualTo("object");
      }
      if (t.get("type").asText().equals("mcp_toolset")) {
        assertThat(servers).contains(t.get("mcp_server_name").asText());
      }
    }
    assertThat(body.path("metadata").size()).isLessThanOrEqualTo(16);
    body.path("metadata")
        .properties()
        .forEach(
            e -> {
              assertThat(e.getKey().length()).isLessThanOrEqualTo(64);
              assertThat(e.getValue().asText().length()).isLessThanOrEqualTo(512);
            });
  }
}
