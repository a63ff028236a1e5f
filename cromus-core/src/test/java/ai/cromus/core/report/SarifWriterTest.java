package ai.cromus.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.RuleCatalog;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.scope.Scope;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    // the OASIS SARIF 2.1.0 schema (errata 01), verbatim; draft-04
    try (InputStream in = SarifWriterTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  private static List<String> schemaErrors(String sarif) {
    List<Error> errors = schema.validate(sarif, InputFormat.JSON);
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }

  private static Diagnostic diag(Rule rule, String source, int line, int column, String message) {
    return Diagnostic.of(rule, SourceLocation.of(source, line, column), message);
  }

  private static List<SarifFile> sample() {
    return List.of(
        SarifFile.of(
            "sops/refund triage.md",
            List.of(
                diag(CoreRule.NO_STEPS, "sops/refund triage.md", 1, 1, "No steps were found."),
                Diagnostic.of(
                    CoreRule.ANNOTATION_KEY,
                    SourceLocation.of("sops/refund triage.md", 12, 3),
                    "Unknown annotation 'modle'.",
                    "Did you mean 'model'?"),
                diag(CoreRule.PLAIN_SOP, "sops/refund triage.md", 2, 1, "Plain SOP."))),
        SarifFile.of(
            "/abs/path/ünïcode.md",
            List.of(
                Diagnostic.builder()
                    .rule("X-NOT-CATALOGUED")
                    .severity(Severity.ERROR)
                    .source("x")
                    .line(4)
                    .column(7)
                    .message("A rule from a newer module.")
                    .build())),
        SarifFile.of("sops/clean.md", List.of()));
  }

  @Test
  void outputConformsToTheOfficialSchema() {
    String sarif = SarifWriter.write("0.1.0", sample());
    assertThat(schemaErrors(sarif)).isEmpty();
  }

  @Test
  void emptyInputConformsToTheSchemaToo() {
    assertThat(schemaErrors(SarifWriter.write("0.1.0", List.of()))).isEmpty();
  }

  @Test
  void theSchemaCheckCatchesAnInvalidLog() throws Exception {
    // proves the validation above can fail: a level SARIF does not know and a 0 start line
    String sarif =
        SarifWriter.write("0.1.0", sample())
            .replace("\"level\" : \"error\"", "\"level\" : \"fatal\"")
            .replace("\"startLine\" : 12", "\"startLine\" : 0");
    assertThat(schemaErrors(sarif))
        .anySatisfy(e -> assertThat(e).contains("level"))
        .anySatisfy(e -> assertThat(e).contains("startLine"));
  }

  @Test
  void driverListsEveryCataloguedRuleWithHelp() throws Exception {
    JsonNode driver = JSON.readTree(SarifWriter.write("1.2.3", sample())).at("/runs/0/tool/driver");
    assertThat(driver.get("name").asText()).isEqualTo("cromus");
    assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
    assertThat(driver.get("informationUri").asText()).startsWith("https://");
    JsonNode rules = driver.get("rules");
    List<String> ids = RuleCatalog.all().stream().map(Rule::id).collect(Collectors.toList());
    assertThat(rules.size()).isEqualTo(ids.size() + 1);
    for (int i = 0; i < ids.size(); i++) {
      Rule r = RuleCatalog.all().get(i);
      JsonNode rule = rules.get(i);
      assertThat(rule.get("id").asText()).isEqualTo(r.id());
      assertThat(rule.at("/shortDescription/text").asText()).isEqualTo(r.summary());
      assertThat(rule.at("/fullDescription/text").asText()).contains(r.summary());
      assertThat(rule.at("/help/text").asText()).contains(r.summary());
      assertThat(rule.at("/defaultConfiguration/level").asText())
          .isEqualTo(SarifWriter.level(r.severity()));
    }
    assertThat(rules.get(ids.size()).get("id").asText()).isEqualTo("X-NOT-CATALOGUED");
  }

  @Test
  void resultsCarryRuleLevelMessageAndRegion() throws Exception {
    JsonNode run = JSON.readTree(SarifWriter.write("0.1.0", sample())).at("/runs/0");
    JsonNode results = run.get("results");
    assertThat(results.size()).isEqualTo(4);

    JsonNode first = results.get(0);
    assertThat(first.get("ruleId").asText()).isEqualTo("SOP-NO-STEPS");
    assertThat(first.get("level").asText()).isEqualTo("error");
    assertThat(run.at("/tool/driver/rules/" + first.get("ruleIndex").asInt() + "/id").asText())
        .isEqualTo("SOP-NO-STEPS");

    JsonNode second = results.get(1);
    assertThat(second.get("level").asText()).isEqualTo("warning");
    assertThat(second.at("/message/text").asText())
        .isEqualTo("Unknown annotation 'modle'. Hint: Did you mean 'model'?");
    JsonNode loc = second.at("/locations/0/physicalLocation");
    assertThat(loc.at("/artifactLocation/uri").asText()).isEqualTo("sops/refund%20triage.md");
    assertThat(loc.at("/region/startLine").asInt()).isEqualTo(12);
    assertThat(loc.at("/region/startColumn").asInt()).isEqualTo(3);

    assertThat(results.get(2).get("level").asText()).isEqualTo("note");
    assertThat(results.get(3).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("file:///abs/path/%C3%BCn%C3%AFcode.md");
    assertThat(run.get("artifacts").size()).isEqualTo(3);
    assertThat(run.get("columnKind").asText()).isEqualTo("utf16CodeUnits");
  }

  @Test
  void uriKeepsRelativePathsRelativeAndEncodesTheRest() {
    assertThat(SarifWriter.uri("sops/refund.md")).isEqualTo("sops/refund.md");
    assertThat(SarifWriter.uri("sops\\win dows.md")).isEqualTo("sops/win%20dows.md");
    assertThat(SarifWriter.uri("C:\\work\\a.md")).isEqualTo("file:///C:/work/a.md");
    assertThat(SarifWriter.uri("ab:c#d?.md")).isEqualTo("ab%3Ac%23d%3F.md");
  }

  @Test
  void outputIsByteIdenticalAcrossLocales() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      String turkish = SarifWriter.write("0.1.0", sample());
      Locale.setDefault(Locale.ROOT);
      String root = SarifWriter.write("0.1.0", sample());
      assertThat(turkish).isEqualTo(root).doesNotContain("\r");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void realCompilerDiagnosticsMakeAValidLog() {
    String text =
        "---\nname: Bad Name\nowner: [unclosed\n---\n# Nothing\n\nJust prose, no steps.\n";
    CompileResult r =
        Cromus.builder()
            .build()
            .compileSource(WorkflowSource.sop("sops/bad.md", text), Scope.defaults());
    assertThat(r.diagnostics()).isNotEmpty();
    String sarif =
        SarifWriter.write(Cromus.version(), List.of(SarifFile.of("sops/bad.md", r.diagnostics())));
    assertThat(schemaErrors(sarif)).isEmpty();
    assertThat(sarif).contains("\"ruleId\" : \"" + r.diagnostics().get(0).rule() + "\"");
  }

  /** Issue 17.8: why a build failed is in the SARIF, as errors at the lines that declare it. */
  @Test
  void budgetAndThresholdBreachesAndCromsFindingsAreLocatedResults() throws Exception {
    java.nio.file.Path sopFile =
        java.nio.file.Path.of("../examples/sops/invoice-exception-review.md");
    String sop = "sops/invoice-exception-review.md";
    Cromus engine =
        Cromus.builder()
            .catalog(ai.cromus.core.simulation.BundledCatalog.get())
            .asOf(java.time.LocalDate.of(2026, 11, 25))
            .build();
    var scope =
        ai.cromus.core.scope.ScopeReader.read(
            "cromus.scope.yaml",
            "workspace: w\nthresholds:\n  croms_max: 10\n",
            ai.cromus.core.simulation.BundledCatalog.get());
    CompileResult r =
        engine.compileSource(
            WorkflowSource.of(sop, java.nio.file.Files.readString(sopFile)), scope);
    String sarif = SarifWriter.compile(java.util.Map.of(sop, r));
    assertThat(schemaErrors(sarif)).isEmpty();
    JsonNode run = JSON.readTree(sarif).at("/runs/0");
    java.util.Map<String, List<JsonNode>> byRule = new java.util.TreeMap<>();
    run.get("results")
        .forEach(
            x ->
                byRule
                    .computeIfAbsent(x.get("ruleId").asText(), k -> new java.util.ArrayList<>())
                    .add(x));
    // the workflow's budget, broken per run (front matter line 12) and per month (line 13)
    assertThat(byRule.get("BUDGET-EXCEEDED"))
        .extracting(
            x ->
                x.get("level").asText()
                    + " "
                    + x.at("/locations/0/physicalLocation/artifactLocation/uri").asText()
                    + ":"
                    + x.at("/locations/0/physicalLocation/region/startLine").asInt())
        .containsExactly("error " + sop + ":12", "error " + sop + ":13");
    assertThat(byRule.get("BUDGET-EXCEEDED").get(0).at("/message/text").asText())
        .contains("$0.0228 a run", "per-run budget of $0.0100");
    // the scope's Croms maximum, in the scope file
    JsonNode croms = byRule.get("THRESHOLD-CROMS-MAX").get(0);
    assertThat(croms.get("level").asText()).isEqualTo("error");
    assertThat(croms.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("cromus.scope.yaml");
    assertThat(croms.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
    // every Croms finding, an error since the maximum fails the verdict, located at its step
    assertThat(byRule).containsKeys("CROMS-COST-OVERPOWERED-MODEL", "CROMS-ETHICS-MISSING");
    JsonNode overpowered = byRule.get("CROMS-COST-OVERPOWERED-MODEL").get(0);
    assertThat(overpowered.get("level").asText()).isEqualTo("error");
    assertThat(overpowered.at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(r.workflow().step("classify-the-exception").get().position().line());
    assertThat(overpowered.at("/message/text").asText()).contains("a month", "Hint: Use llama");
    assertThat(
            run.at("/tool/driver/rules/" + overpowered.get("ruleIndex").asInt() + "/id").asText())
        .isEqualTo("CROMS-COST-OVERPOWERED-MODEL");
    // without the threshold the findings are warnings; the budget still fails
    CompileResult free =
        engine.compileSource(
            WorkflowSource.of(sop, java.nio.file.Files.readString(sopFile)), Scope.defaults());
    JsonNode freeRun = JSON.readTree(SarifWriter.compile(sop, free)).at("/runs/0");
    freeRun
        .get("results")
        .forEach(
            x -> {
              if (x.get("ruleId").asText().startsWith("CROMS-")) {
                assertThat(x.get("level").asText()).isEqualTo("warning");
              }
            });
  }
}
