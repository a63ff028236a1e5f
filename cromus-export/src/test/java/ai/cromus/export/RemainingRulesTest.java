package ai.cromus.export;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.catalog.BundledCatalog;
import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.catalog.CatalogReader;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.spec.SpecFile;
import ai.cromus.core.spec.SpecReport;
import ai.cromus.core.spec.SpecType;
import ai.cromus.core.spec.SpecValidator;
import ai.cromus.core.workflow.MemoryScope;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Workflow;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Rules that need the whole engine (catalog, pipeline, exporters) to appear: one example each, so
 * that every rule of the catalogue has a test that fails if it stops being reported.
 */
class RemainingRulesTest {
  static final Cromus ENGINE = Cromus.defaultEngine();

  static List<String> rules(List<Diagnostic> ds) {
    return ds.stream().map(Diagnostic::rule).collect(Collectors.toList());
  }

  static CompileResult compile(String text) {
    return ENGINE.compileSource(WorkflowSource.sop("rules.md", text), Scope.defaults());
  }

  @Test
  void aRetiredModelIsNamedWithItsSuccessor() {
    CompileResult r =
        compile(
            """
            # T

            ## 1. Classify
            Classify the email.
            - kind: llm
            - model: grok-4-1-fast-reasoning
            """);
    assertThat(rules(r.diagnostics())).contains("SIM-MODEL-RETIRED");
  }

  @Test
  void aModelWithOnlySelfHostedOfferingsIsUnpriced() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode bundled = (ObjectNode) json.readTree(BundledCatalog.text());
    ObjectNode model = null;
    for (var m : bundled.get("models")) {
      if (m.get("id").asText().equals("gpt-oss-20b")) {
        model = ((ObjectNode) m).deepCopy();
      }
    }
    assertThat(model).isNotNull();
    model.put("id", "acme-private-20b");
    model.put("displayName", "Acme private 20B");
    model.putArray("aliases");
    ArrayNode selfHosted = json.createArrayNode();
    model
        .get("offerings")
        .forEach(
            o -> {
              if (o.get("channel").asText().equals("self-hosted")) {
                ObjectNode copy = ((ObjectNode) o).deepCopy();
                copy.put("channelModelId", "acme/private-20b");
                selfHosted.add(copy);
              }
            });
    assertThat(selfHosted).isNotEmpty();
    model.set("offerings", selfHosted);
    ObjectNode overlay = bundled.deepCopy();
    overlay.put("catalogVersion", "acme-1");
    overlay.putArray("models").add(model);
    Parsed<ModelCatalog> c =
        CatalogReader.readOverlay(
            "acme.json", json.writeValueAsString(overlay), BundledCatalog.get());
    assertThat(c.isValid()).as(c.diagnostics().toString()).isTrue();
    CompileResult r =
        Cromus.builder()
            .catalog(c.value())
            .build()
            .compileSource(
                WorkflowSource.sop(
                    "rules.md",
                    """
                    # T

                    ## 1. Classify
                    Classify the email.
                    - kind: llm
                    - model: acme-private-20b
                    """),
                Scope.defaults());
    assertThat(rules(r.diagnostics())).contains("SIM-MODEL-UNPRICED");
  }

  @Test
  void aCatalogWithoutModelsIsEmpty() {
    Parsed<ModelCatalog> c =
        CatalogReader.read(
            "empty.json",
            "{\"catalogVersion\": \"x\","
                + " \"asOf\": \"2026-11-25\", \"currency\": \"USD\", \"unit\": \"per_million_tokens\","
                + " \"vendors\": [], \"channels\": [], \"models\": []}");
    assertThat(rules(c.diagnostics())).contains("CATALOG-EMPTY");
  }

  @Test
  void anEthosProfileMeantForAnotherDomainIsReported() {
    CompileResult r =
        compile(
            """
            ---
            domain: pharmaceutical
            ethos: ethos-the-catalyst-v1.0.0
            ---
            # T

            ## 1. Classify
            Classify the adverse event report.
            - kind: llm
            """);
    assertThat(rules(r.diagnostics())).contains("ETHOS-DOMAIN");
  }

  @Test
  void aMemoryScopeOtherThanTheWorkflowsIsReported() throws Exception {
    String memory = Files.readString(Path.of("../examples/specs/MEMORY.md"));
    assertThat(memory).contains("scope: persistent");
    Workflow wf = Workflow.builder().name("refund-triage").memory(MemoryScope.SESSION).build();
    List<SpecReport> reports =
        SpecValidator.create()
            .validateAll(
                List.of(SpecFile.of("MEMORY.md", memory, SpecType.MEMORY)), Optional.of(wf));
    assertThat(reports.stream().flatMap(x -> x.diagnostics().stream()).map(Diagnostic::rule))
        .contains("MEMORY-SCOPE");
  }

  @Test
  void unknownModelsAndUnservedChannelsAreReportedOnExport() throws Exception {
    CompileResult r =
        ENGINE.compileSource(
            WorkflowSource.sop(
                "refund-triage.md", Files.readString(Path.of("../examples/sops/refund-triage.md"))),
            Scope.defaults());
    ExportBundle unknown =
        ENGINE.export(
            r,
            "langgraph",
            ExportOptions.builder()
                .putModelOverrides("classify-the-request", "no-such-model-9000")
                .build());
    assertThat(rules(unknown.diagnostics())).contains("EXPORT-UNKNOWN-MODEL");
    ExportBundle channel =
        ENGINE.export(
            r,
            "langgraph",
            ExportOptions.builder()
                .putModelOverrides("classify-the-request", "claude-haiku-4-5")
                .channel("groq")
                .build());
    assertThat(rules(channel.diagnostics())).contains("EXPORT-CHANNEL-UNAVAILABLE");
  }

  @Test
  void theSpecsExporterRefusesArtifactsWhoseNamesAreNotSafeFileNames() throws Exception {
    CompileResult r =
        ENGINE.compileSource(
            WorkflowSource.sop(
                "refund-triage.md", Files.readString(Path.of("../examples/sops/refund-triage.md"))),
            Scope.defaults());
    ai.cromus.core.spec.Artifacts a = r.artifacts().orElseThrow();
    CompileResult tampered =
        Fixtures.withArtifacts(
            r, ai.cromus.core.spec.ImmutableArtifacts.copyOf(a).withSkillName("../../etc"));
    ExportBundle b = ENGINE.export(tampered, "specs");
    assertThat(b.files()).isEmpty();
    assertThat(rules(b.diagnostics())).contains("SKILL-EXPORT-EMPTY");
  }
}
