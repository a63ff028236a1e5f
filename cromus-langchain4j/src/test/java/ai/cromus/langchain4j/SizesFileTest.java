package ai.cromus.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link AgenticOptions#fromSizesFile}: a team's sizes in YAML, every problem at its line. */
class SizesFileTest {
  @Test
  void flowAndBlockEntriesAreRead() {
    AgenticOptions o =
        AgenticOptions.fromSizesFile(
            "sizes.yaml",
            """
            # tokens of one call
            writer: {input: 1200, output: 900}
            editor:
              input: 2_100
            "Fact Checker": {output: 40}
            """);

    assertThat(o.diagnostics()).isEmpty();
    assertThat(o.sizes())
        .containsExactly(
            Map.entry("writer", AgentSizes.of(1_200, 900)),
            Map.entry("editor", AgentSizes.builder().inputTokens(2_100).build()),
            Map.entry("Fact Checker", AgentSizes.builder().outputTokens(40).build()));
  }

  @Test
  void anEmptyFileStatesNothing() {
    AgenticOptions o = AgenticOptions.fromSizesFile("sizes.yaml", "  \n");

    assertThat(o.sizes()).isEmpty();
    assertThat(o.diagnostics()).isEmpty();
  }

  @Test
  void aSyntaxErrorIsOneDiagnosticAtItsLine() {
    AgenticOptions o =
        AgenticOptions.fromSizesFile("sizes.yaml", "writer: {input: 1200\neditor: [\n");

    assertThat(o.sizes()).isEmpty();
    assertThat(o.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.rule()).isEqualTo("AGENTIC-SIZES-FILE");
              assertThat(d.severity()).isEqualTo(Severity.ERROR);
              assertThat(d.source()).isEqualTo("sizes.yaml");
              assertThat(d.message()).startsWith("The sizes file does not parse");
              assertThat(d.line()).isGreaterThanOrEqualTo(2);
            });
  }

  @Test
  void badEntriesAreLeftOutEachWithADiagnosticAndGoodOnesKept() {
    AgenticOptions o =
        AgenticOptions.fromSizesFile(
            "sizes.yaml",
            """
            writer: {input: 1200, output: 900}
            editor: 300
            critic: {input: -5}
            translator: {inputs: 10}
            summarizer: {input: 1.5}
            researcher: {}
            giant: {output: 999999999}
            writer: {input: 10, output: 10}
            """);

    assertThat(o.sizes()).containsOnlyKeys("writer");
    assertThat(o.sizes().get("writer")).isEqualTo(AgentSizes.of(10, 10));
    assertThat(o.diagnostics())
        .allSatisfy(d -> assertThat(d.rule()).isEqualTo("AGENTIC-SIZES-FILE"))
        .extracting(Diagnostic::line, Diagnostic::message)
        .extracting(t -> t.toList().get(0) + " " + t.toList().get(1))
        .satisfiesExactly(
            m -> assertThat(m).startsWith("2 ").contains("'editor' are not a mapping"),
            m -> assertThat(m).startsWith("3 ").contains("input size of agent 'critic'"),
            m -> assertThat(m).startsWith("4 ").contains("the key 'inputs'"),
            m -> assertThat(m).startsWith("5 ").contains("agent 'summarizer'"),
            m -> assertThat(m).startsWith("6 ").contains("states neither input nor output"),
            m -> assertThat(m).startsWith("7 ").contains("agent 'giant'"),
            m -> assertThat(m).startsWith("8 ").contains("given twice"));
  }

  @Test
  void aFileThatIsNotAMappingIsRefusedWhole() {
    AgenticOptions o = AgenticOptions.fromSizesFile("sizes.yaml", "- writer\n- editor\n");

    assertThat(o.sizes()).isEmpty();
    assertThat(o.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("not a mapping from agent name"));
  }

  @Test
  void aliasesAreRefusedSoAHostileFileCannotExpand() {
    AgenticOptions o =
        AgenticOptions.fromSizesFile("sizes.yaml", "base: &b {input: 1, output: 1}\nwriter: *b\n");

    assertThat(o.diagnostics()).isNotEmpty();
    assertThat(o.sizes()).doesNotContainKey("writer");
  }

  @Test
  void diagnosticsOfTheFileReachTheWorkflow() {
    AgenticOptions o = AgenticOptions.fromSizesFile("sizes.yaml", "editor: 300\n");

    assertThat(CromusAgentic.workflowOf("not an agent", o).diagnostics())
        .extracting(Diagnostic::rule)
        .contains("AGENTIC-SIZES-FILE", "AGENTIC-NOT-A-SYSTEM");
  }
}
