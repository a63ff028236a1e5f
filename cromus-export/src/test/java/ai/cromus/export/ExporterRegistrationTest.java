package ai.cromus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cromus.core.Cromus;
import ai.cromus.core.diagnostic.RuleCatalog;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.ExportRule;
import ai.cromus.core.export.Exporter;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.export.langgraph.LangGraphExporter;
import com.example.thirdparty.ManifestTestExporter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Registration: ServiceLoader discovery, explicit registration, rules in the catalogue. */
class ExporterRegistrationTest {
  static final List<String> IDS =
      List.of(
          "autogen",
          "claude-managed-agent",
          "crewai",
          "gemini-interactions",
          "langgraph",
          "mcp",
          "n8n");

  @Test
  void theDefaultEngineFindsTheSevenExportersAndAThirdPartyOne() {
    List<String> ids = Cromus.defaultEngine().exporters().stream().map(Exporter::id).toList();
    assertThat(ids).containsAll(IDS).contains("test-manifest");
    ExportBundle b = Cromus.defaultEngine().export(Cases.result("refund-triage"), "test-manifest");
    assertThat(b.file("steps.txt").orElseThrow().text()).startsWith("classify-the-request\n");
  }

  @Test
  void anExporterCanBeRegisteredExplicitly() {
    Cromus engine = Cromus.builder().exporter(new ManifestTestExporter()).build();
    assertThat(engine.exporters()).extracting(Exporter::id).containsExactly("test-manifest");
    assertThat(engine.export(Cases.result("incident-postmortem"), "test-manifest").files())
        .hasSize(1);
    assertThatThrownBy(() -> engine.export(Cases.result("incident-postmortem"), "n8n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test-manifest");
  }

  @Test
  void cromusExportPassesTheEnginesCatalogToTheExporter() {
    Cromus engine =
        Cromus.builder().catalog(Fixtures.catalog()).exporter(new LangGraphExporter()).build();
    String graph =
        engine
            .export(Fixtures.refundTriageSimulated(Fixtures.example("refund-triage")), "langgraph")
            .file("refund_triage/graph.py")
            .orElseThrow()
            .text();
    assertThat(graph).contains("\"bedrock_converse:anthropic.claude-sonnet-4-6\"");
    String withoutCatalog =
        Cromus.builder()
            .exporter(new LangGraphExporter())
            .build()
            .export(Fixtures.refundTriageSimulated(Fixtures.example("refund-triage")), "langgraph")
            .file("refund_triage/graph.py")
            .orElseThrow()
            .text();
    // without a catalog the plan's channel is still known, the native id is not
    assertThat(withoutCatalog).contains("\"bedrock_converse:claude-sonnet-4-6\"");
  }

  @Test
  void aMissingModePlanIsReported() {
    ExportBundle b =
        Cases.exporter("mcp")
            .export(
                // a plan without modes, as a result built in code may have
                Fixtures.refundTriageSimulated(Fixtures.example("refund-triage")),
                ExportOptions.builder().mode(CostMode.ECO).build());
    assertThat(b.diagnostics()).extracting(d -> d.rule()).contains("EXPORT-MODE-UNAVAILABLE");
  }

  @Test
  void everyExportRuleIsInTheCatalogue() {
    for (ExportRule r : ExportRule.values()) {
      assertThat(RuleCatalog.find(r.id())).contains(r);
    }
  }

  @Test
  void optionsSerializeWithoutTheCatalog() throws Exception {
    ObjectMapper m = new ObjectMapper().registerModule(new Jdk8Module());
    ExportOptions o =
        ExportOptions.builder().mode(CostMode.ECO).name("x").catalog(Fixtures.catalog()).build();
    String json = m.writeValueAsString(o);
    assertThat(json).doesNotContain("catalog").contains("eco");
    assertThat(m.readValue(json, ExportOptions.class).catalog()).isEmpty();
  }

  @Test
  void aDuplicateStepIdIsReportedAndExportedOnce() {
    var w = Fixtures.refundTriage();
    var steps = new java.util.ArrayList<>(w.steps());
    steps.add(steps.get(0));
    var dup = ai.cromus.core.workflow.ImmutableWorkflow.copyOf(w).withSteps(steps);
    for (Exporter e : Cases.exporters()) {
      ExportBundle b = e.export(Fixtures.compiled(dup), ExportOptions.defaults());
      assertThat(b.diagnostics())
          .as(e.id())
          .extracting(d -> d.rule())
          .contains("EXPORT-NAME-COLLISION");
      assertThat(b.files()).as(e.id()).isNotEmpty();
    }
  }

  @Test
  void anEmptyWorkflowGivesAnErrorAndNoFiles() {
    var empty = Fixtures.compiled(ai.cromus.core.workflow.Workflow.builder().name("empty").build());
    for (Exporter e : Cases.exporters()) {
      ExportBundle b = e.export(empty, ExportOptions.defaults());
      assertThat(b.files()).as(e.id()).isEmpty();
      assertThat(b.diagnostics()).extracting(d -> d.rule()).containsExactly("EXPORT-NO-STEPS");
    }
  }

  @Test
  void aChannelTheRuntimeHasNoClientForIsReported() {
    // Sonnet on aws-bedrock: n8n has no Bedrock chat-model node here
    ExportBundle b =
        Cases.exporter("n8n")
            .export(
                Fixtures.refundTriageSimulated(Fixtures.example("refund-triage")),
                Cases.options("refund-triage"));
    assertThat(b.diagnostics()).extracting(d -> d.rule()).contains("EXPORT-MODEL-CHANNEL");
  }

  @Test
  void theBundledExportersImplementThePublicSpiAndShowNoInternalType() {
    List<Exporter> bundled =
        Cromus.defaultEngine().exporters().stream()
            .filter(e -> e.getClass().getPackageName().startsWith("ai.cromus.export."))
            .toList();
    assertThat(bundled).extracting(Exporter::id).containsAll(IDS);
    for (Exporter e : bundled) {
      Class<?> type = e.getClass();
      assertThat(type.getSuperclass()).as(type.getName()).isEqualTo(Object.class);
      assertThat(type.getInterfaces()).as(type.getName()).containsExactly(Exporter.class);
      for (java.lang.reflect.Method m : type.getMethods()) {
        List<Class<?>> shown = new java.util.ArrayList<>(List.of(m.getParameterTypes()));
        shown.add(m.getReturnType());
        assertThat(shown)
            .as("%s.%s", type.getName(), m.getName())
            .noneMatch(c -> c.getPackageName().contains(".internal"));
      }
    }
  }
}
