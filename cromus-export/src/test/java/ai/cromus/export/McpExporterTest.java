package ai.cromus.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SpecificationVersion;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MCP tools against the published Tool schema (2025-11-25), plus the rules the schema leaves out.
 */
class McpExporterTest {
  static final ObjectMapper MAPPER = new ObjectMapper();

  static Iterable<String> cases() {
    return Cases.names();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void toolsMatchTheSchemaAndTheNameRules(String name) throws Exception {
    SchemaCheck schema =
        SchemaCheck.of("mcp-tool-2025-11-25.schema.json", SpecificationVersion.DRAFT_7);
    var bundle = Cases.export("mcp", name);
    JsonNode tools = MAPPER.readTree(bundle.file("tools.json").orElseThrow().text()).get("tools");
    assertThat(tools.size()).isPositive();
    Set<String> names = new HashSet<>();
    for (JsonNode tool : tools) {
      assertThat(schema.errors(tool.toString())).as(tool.toString()).isEmpty();
      assertThat(tool.get("name").asText()).matches("[A-Za-z0-9_.-]{1,128}");
      assertThat(names.add(tool.get("name").asText())).isTrue();
      JsonNode input = tool.get("inputSchema");
      input
          .path("required")
          .forEach(r -> assertThat(input.get("properties").has(r.asText())).isTrue());
    }
    JsonNode servers =
        MAPPER.readTree(bundle.file("mcp.json").orElseThrow().text()).get("mcpServers");
    assertThat(servers.size()).isPositive();
    servers
        .properties()
        .forEach(
            e -> {
              JsonNode s = e.getValue();
              assertThat(s.has("command") || (s.has("type") && s.has("url")))
                  .as(e.getKey())
                  .isTrue();
              assertThat(s.get("url").asText()).matches("\\$\\{[A-Z0-9_]+}");
            });
  }

  @Test
  void theSchemaCheckCanFail() throws Exception {
    SchemaCheck schema =
        SchemaCheck.of("mcp-tool-2025-11-25.schema.json", SpecificationVersion.DRAFT_7);
    assertThat(schema.errors("{\"name\": \"x\", \"inputSchema\": {\"type\": \"string\"}}"))
        .isNotEmpty();
    assertThat(schema.errors("{\"inputSchema\": {\"type\": \"object\"}}")).isNotEmpty();
  }

  @Test
  void groupsToolsIntoOneServerPerNamespace() throws Exception {
    JsonNode servers =
        MAPPER
            .readTree(
                Cases.export("mcp", "incident-postmortem").file("mcp.json").orElseThrow().text())
            .get("mcpServers");
    assertThat(servers.fieldNames())
        .toIterable()
        .containsExactly("pagerduty", "docs", "slack", "datadog", "github", "flags", "jira");
  }
}
