package ai.cromus.export;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.catalog.BundledCatalog;
import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.ExportedFile;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.ScopeReader;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.PinnedModel;
import ai.cromus.core.simulation.PlanPricing;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import com.anthropic.core.ObjectMappers;
import com.anthropic.models.beta.agents.AgentCreateParams;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.genai.gaos.models.interactions.CreateModelInteraction;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17.4, 17.7, 17.11 and 17.13: every export states the model it configures and what that
 * configuration costs, keeps to the scope, hands the model the text the author wrote, and offers an
 * MCP server something to serve.
 */
class ExportTruthTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Cromus ENGINE =
      Cromus.builder().catalog(BundledCatalog.get()).asOf(LocalDate.of(2026, 11, 25)).build();
  static final ExportOptions ECO =
      ExportOptions.builder().mode(CostMode.ECO).catalog(BundledCatalog.get()).build();

  static CompileResult invoice(Parsed<Scope> scope) throws Exception {
    String sop = "invoice-exception-review.md";
    return ENGINE.compileSource(
        WorkflowSource.of(sop, Files.readString(Path.of("../examples/sops/" + sop))), scope);
  }

  static CompileResult invoice() throws Exception {
    return invoice(Parsed.of(Scope.defaults(), List.of()));
  }

  static String file(ExportBundle b, String suffix) {
    return b.files().stream()
        .filter(f -> f.path().endsWith(suffix))
        .findFirst()
        .orElseThrow(() -> new AssertionError(b.target() + " has no " + suffix))
        .text();
  }

  /** Every model step on {@code model} through {@code channel}, priced independently. */
  static PlanSimulation allOn(CompileResult r, String model, String channel) {
    Map<String, PinnedModel> pins = new LinkedHashMap<>();
    for (Step s : r.workflow().steps()) {
      if (s.kind() == StepKind.LLM) {
        pins.put(s.id(), PinnedModel.of(model, Optional.of(channel)));
      }
    }
    return PlanPricing.price(r, BundledCatalog.get(), pins);
  }

  // ------------------------------------------------------------------ 17.4

  @Test
  void aSingleAgentStatesTheModelItRunsAndWhatTheWorkflowCostsOnIt() throws Exception {
    CompileResult r = invoice();
    PlanSimulation eco = r.simulation().get().mode(CostMode.ECO);
    ExportBundle claude = new ai.cromus.export.claude.ClaudeManagedAgentExporter().export(r, ECO);
    JsonNode agent = JSON.readTree(file(claude, "agent.json"));
    String model = agent.get("model").asText();
    JsonNode meta = agent.get("metadata");
    assertThat(meta.get("cromus_model").asText()).isEqualTo(model);
    Money cost = allOn(r, model, "anthropic-api").perRun();
    assertThat(new java.math.BigDecimal(meta.get("cromus_cost_per_run_usd").asText()))
        .isEqualByComparingTo(cost.amount());
    // not the eco plan's figure (its models are not Anthropic's), which the prompt said before
    assertThat(cost).isNotEqualTo(eco.perRun());
    String system = agent.get("system").asText();
    assertThat(system)
        .doesNotContain("cromus-model-primary")
        .doesNotContain("cromus-cost-per-run-usd")
        .doesNotContain(eco.perRun().toPlainString());
    for (var st : eco.steps()) {
      st.model().ifPresent(m -> assertThat(system).doesNotContain(m));
    }

    ExportBundle gemini = new ai.cromus.export.gemini.GeminiInteractionsExporter().export(r, ECO);
    JsonNode body = JSON.readTree(file(gemini, "interaction.json"));
    JsonNode template = JSON.readTree(file(gemini, "steps-template.json"));
    String gm = body.get("model").asText();
    assertThat(template.get("model").asText()).isEqualTo(gm);
    Money geminiCost = allOn(r, gm, "google-ai-studio").perRun();
    assertThat(new java.math.BigDecimal(template.get("cost_per_run_usd").asText()))
        .isEqualByComparingTo(geminiCost.amount());
    assertThat(body.at("/labels/cromus_cost_micro_usd_per_run").asText())
        .isEqualTo(
            geminiCost.amount().movePointRight(6).setScale(0, Money.ROUNDING).toPlainString());
    assertThat(body.get("system_instruction").asText()).doesNotContain("cromus-model-primary");
  }

  @ParameterizedTest
  @ValueSource(strings = {"langgraph", "crewai", "n8n", "autogen"})
  void aMultiAgentConfigStatesTheCostOfItsModels(String target) throws Exception {
    CompileResult r = invoice();
    PlanSimulation eco = r.simulation().get().mode(CostMode.ECO);
    ExportBundle b = Cases.exporter(target).export(r, ECO);
    String all = String.join("\n", b.files().stream().map(ExportedFile::text).toList());
    // every model step keeps the eco plan's model: the configuration costs what the plan costs
    assertThat(all).contains(eco.perRun().display() + " a run").contains("plan eco");
    assertThat(all).doesNotContain("cromus-model-primary");
  }

  // ------------------------------------------------------------------ 17.7

  @Test
  void aModelTheScopeDeniesIsNeverExported() throws Exception {
    Parsed<Scope> scope =
        ScopeReader.read(
            "s.yaml", "gates:\n  deny: [model:claude-sonnet-4-6]\n", BundledCatalog.get());
    CompileResult r = invoice(scope);
    // the declared plan still names claude-sonnet-4-6 for propose-a-resolution (an error)
    assertThat(r.simulation().get().declared().step("propose-a-resolution").get().model())
        .contains("claude-sonnet-4-6");
    ExportOptions declared = ExportOptions.builder().catalog(BundledCatalog.get()).build();
    for (var e : Cases.exporters()) {
      if (e.id().equals("specs")) {
        continue; // the spec files record the author's request; they configure no runtime
      }
      ExportBundle b = e.export(r, declared);
      String all = String.join("\n", b.files().stream().map(ExportedFile::text).toList());
      assertThat(all)
          .as(e.id())
          .doesNotContain("claude-sonnet-4-6")
          .doesNotContain("claude-sonnet-4.6");
    }
    ExportBundle graph = Cases.exporter("langgraph").export(r, declared);
    assertThat(graph.diagnostics())
        .anyMatch(
            d ->
                d.rule().equals("EXPORT-MODEL-OUT-OF-SCOPE")
                    && d.message().contains("denied by model:claude-sonnet-4-6"));
  }

  @Test
  void aTargetWithoutAnAllowedModelFailsNamingTheGate() throws Exception {
    Parsed<Scope> scope =
        ScopeReader.read("s.yaml", "gates:\n  deny: [vendor:anthropic]\n", BundledCatalog.get());
    CompileResult r = invoice(scope);
    ExportBundle claude =
        Cases.exporter("claude-managed-agent")
            .export(r, ExportOptions.builder().catalog(BundledCatalog.get()).build());
    assertThat(claude.files()).isEmpty();
    assertThat(claude.diagnostics())
        .anyMatch(
            d ->
                d.rule().equals("EXPORT-NO-ALLOWED-MODEL")
                    && d.severity() == ai.cromus.core.diagnostic.Severity.ERROR
                    && d.message().contains("denied by vendor:anthropic"));
    // another target still exports, on models the scope allows
    ExportBundle lg =
        Cases.exporter("langgraph")
            .export(r, ExportOptions.builder().catalog(BundledCatalog.get()).build());
    assertThat(lg.files()).isNotEmpty();
    assertThat(file(lg, "graph.py")).doesNotContain("anthropic:");
  }

  // ------------------------------------------------------------------ 17.11

  static final String TITLE = "Classify \\n the -- request --- \"now\" {{x}} ${y} </script>";
  static final String INSTRUCTIONS =
      "Read \\n literally, keep -- and --- and -\\x2d as written.\n"
          + "Second line: 'quotes' \"doubles\" \\\\ backslashes, `ticks`, # hash, key: value";

  static CompileResult hostile() throws Exception {
    ObjectMapper m = new ObjectMapper();
    var root = m.createObjectNode();
    root.put("name", "hostile");
    root.put("title", "Hostile -- \\n title");
    root.put("description", "Checks that -- and \\n reach the model as written.");
    var step = root.putArray("steps").addObject();
    step.put("id", "classify");
    step.put("title", TITLE);
    step.put("kind", "llm");
    step.put("instructions", INSTRUCTIONS);
    step.put("model", "claude-haiku-4-5");
    CompileResult r =
        ENGINE.compileSource(
            WorkflowSource.of("hostile.json", m.writeValueAsString(root)), Scope.defaults());
    assertThat(r.artifacts()).isPresent();
    return r;
  }

  @Test
  void everyTargetHandsTheModelTheTextTheAuthorWrote() throws Exception {
    CompileResult r = hostile();
    ExportOptions o = ExportOptions.builder().catalog(BundledCatalog.get()).build();
    Step s = r.workflow().steps().get(0);
    assertThat(s.title()).isEqualTo(TITLE);
    assertThat(s.instructions()).isEqualTo(INSTRUCTIONS);

    // Claude: through the Anthropic SDK's own model of the request body
    String agent = file(Cases.exporter("claude-managed-agent").export(r, o), "agent.json");
    AgentCreateParams.Body claude =
        ObjectMappers.jsonMapper().readValue(agent, AgentCreateParams.Body.class);
    claude.validate();
    assertThat(claude.system()).get().asString().contains(TITLE).contains(INSTRUCTIONS);

    // Gemini: through the GenAI SDK
    String interaction =
        file(Cases.exporter("gemini-interactions").export(r, o), "interaction.json");
    CreateModelInteraction gemini =
        com.google
            .genai
            .gaos
            .utils
            .JSON
            .getMapper()
            .readValue(interaction, CreateModelInteraction.class);
    assertThat(gemini.systemInstruction()).get().asString().contains(TITLE).contains(INSTRUCTIONS);

    // n8n and AutoGen: JSON
    JsonNode n8n = JSON.readTree(file(Cases.exporter("n8n").export(r, o), "workflow.json"));
    assertThat(n8n.toString()).isNotEmpty();
    assertThat(n8n.findValuesAsText("systemMessage"))
        .anyMatch(x -> x.contains(TITLE) && x.contains(INSTRUCTIONS));
    JsonNode team = JSON.readTree(file(Cases.exporter("autogen").export(r, o), "team.json"));
    assertThat(team.findValuesAsText("system_message"))
        .anyMatch(x -> x.contains(TITLE) && x.contains(INSTRUCTIONS));

    // CrewAI: the YAML as a YAML parser reads it
    JsonNode agents =
        new YAMLMapper().readTree(file(Cases.exporter("crewai").export(r, o), "agents.yaml"));
    JsonNode crewAgent = agents.elements().next();
    assertThat(crewAgent.get("role").asText()).isEqualTo(TITLE);
    assertThat(crewAgent.get("goal").asText()).startsWith(INSTRUCTIONS);

    // MCP: the prompt a server serves
    JsonNode prompts = JSON.readTree(file(Cases.exporter("mcp").export(r, o), "prompts.json"));
    assertThat(prompts.at("/get/hostile/messages/0/content/text").asText())
        .contains(TITLE)
        .contains(INSTRUCTIONS);

    // LangGraph: through python3's own parser
    if (Python.available()) {
      JsonNode module = Python.inspect(file(Cases.exporter("langgraph").export(r, o), "graph.py"));
      JsonNode st = module.at("/assigns/STEPS/" + s.id());
      assertThat(st.get("title").asText()).isEqualTo(TITLE);
      assertThat(st.get("instructions").asText()).startsWith(INSTRUCTIONS);
    }
  }

  // ------------------------------------------------------------------ 17.13

  @Test
  void aWorkflowWithoutToolsIsAnMcpPrompt() throws Exception {
    CompileResult r = hostile();
    assertThat(r.workflow().steps()).allMatch(x -> x.tools().isEmpty());
    ExportBundle b =
        Cases.exporter("mcp")
            .export(r, ExportOptions.builder().catalog(BundledCatalog.get()).build());
    JsonNode prompts = JSON.readTree(file(b, "prompts.json"));
    SchemaCheck prompt =
        SchemaCheck.of("mcp-prompt-2025-11-25.schema.json", SpecificationVersion.DRAFT_7);
    SchemaCheck result =
        SchemaCheck.of(
            "mcp-get-prompt-result-2025-11-25.schema.json", SpecificationVersion.DRAFT_7);
    JsonNode p = prompts.at("/prompts/0");
    assertThat(prompt.errors(p.toString())).isEmpty();
    assertThat(p.get("name").asText()).isEqualTo("hostile");
    assertThat(p.get("title").asText()).isEqualTo("Hostile -- \\n title");
    assertThat(p.get("description").asText())
        .isEqualTo("Checks that -- and \\n reach the model as written.");
    assertThat(p.at("/arguments/0/name").asText()).isEqualTo("request");
    assertThat(p.at("/arguments/0/required").asBoolean()).isTrue();
    assertThat(result.errors(prompts.at("/get/hostile").toString())).isEmpty();
    // the checks can fail
    assertThat(prompt.errors("{\"title\": \"no name\"}")).isNotEmpty();
    assertThat(result.errors("{\"messages\": [{\"role\": \"system\", \"content\": {}}]}"))
        .isNotEmpty();
    // every example yields a prompt, tools or not
    for (String name : Cases.names()) {
      JsonNode x = JSON.readTree(file(Cases.export("mcp", name), "prompts.json"));
      assertThat(prompt.errors(x.at("/prompts/0").toString())).as(name).isEmpty();
    }
  }
}
