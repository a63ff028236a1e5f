package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.cli.internal.CostDiff;
import ai.cromus.cli.internal.Json;
import ai.cromus.cli.internal.TextReport;
import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.CromusJson;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.catalog.Capabilities;
import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.Pricing;
import ai.cromus.core.catalog.ReasoningSupport;
import ai.cromus.core.catalog.Support;
import ai.cromus.core.catalog.Vendor;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.CapabilityTier;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulation, recommendation and Croms parts of the reports, and the cost diff. */
class SimulationReportTest {
  static final LocalDate DAY = LocalDate.of(2026, 11, 25);
  static final Channel API =
      Channel.builder()
          .id("anthropic-api")
          .name("Claude API")
          .tier(EcosystemTier.MAINSTREAM)
          .setupEffort("API key, minutes")
          .description("x")
          .build();

  static Model model(String id, CapabilityTier tier, String in, String out) {
    return Model.builder()
        .id(id)
        .displayName(id)
        .vendor("anthropic")
        .family(id)
        .capabilityTier(tier)
        .openWeights(false)
        .license("proprietary")
        .contextWindow(200_000)
        .maxOutput(64_000)
        .capabilities(
            Capabilities.builder()
                .toolCalling(Support.YES)
                .reasoning(ReasoningSupport.NONE)
                .build())
        .addOfferings(
            Offering.builder()
                .channel(API.id())
                .tier(API.tier())
                .setupEffort(API.setupEffort())
                .channelModelId(id)
                .source("test")
                .verifiedOn(DAY)
                .pricing(
                    Pricing.builder().input(new BigDecimal(in)).output(new BigDecimal(out)).build())
                .build())
        .build();
  }

  static final ModelCatalog CATALOG =
      ModelCatalog.of(
          "cli.1",
          DAY,
          List.of(Vendor.builder().id("anthropic").name("Anthropic").build()),
          List.of(API),
          List.of(
              model("claude-haiku-4-5", CapabilityTier.LIGHTWEIGHT, "1", "5"),
              model("claude-sonnet-4-6", CapabilityTier.BALANCED, "3", "15"),
              model("claude-opus-4-7", CapabilityTier.FRONTIER, "5", "25")));
  static final Cromus ENGINE = Cromus.builder().catalog(CATALOG).asOf(DAY).build();

  static final String OLD =
      """
      ---
      name: t
      ethos: ethos-the-diplomat-v1.0.0
      ---
      # T

      ## 1. Classify the email
      Classify it.
      - kind: llm
      - model: claude-opus-4-7
      - input: email, 1,000 tokens
      - output: label, 100 tokens
      """;
  static final String NEW = OLD.replace("claude-opus-4-7", "claude-haiku-4-5");

  static CompileResult compile(String name, String text) {
    return ENGINE.compileSource(WorkflowSource.sop(name, text), Scope.defaults());
  }

  @Test
  void jsonCarriesSimulationRecommendationsAndCromsWithExactMoney() throws IOException {
    JsonNode root = CromusJson.read(CromusJson.write(compile("old.md", OLD)), JsonNode.class);
    assertThat(root.get("catalogVersion").asText()).isEqualTo("cli.1");
    JsonNode declared = root.at("/simulation/declared");
    // opus: 1,000 × 5 + 100 × 25 = 0.0075 a run; 3,000 runs
    assertThat(declared.get("perRunUsd").decimalValue()).isEqualByComparingTo("0.0075");
    assertThat(declared.get("perMonthUsd").decimalValue()).isEqualByComparingTo("22.5");
    assertThat(declared.get("latencySeconds").isNumber()).isTrue();
    assertThat(declared.at("/steps/0/id").asText()).isEqualTo("classify-the-email");
    assertThat(declared.at("/steps/0/model").asText()).isEqualTo("claude-opus-4-7");
    assertThat(declared.at("/steps/0/channel").asText()).isEqualTo("anthropic-api");
    assertThat(declared.at("/steps/0/usd").decimalValue()).isEqualByComparingTo("0.0075");
    for (String m : List.of("eco", "cost", "balanced", "quality", "open_source")) {
      assertThat(root.at("/simulation/modes/" + m + "/perRunUsd").isNumber()).as(m).isTrue();
    }
    assertThat(root.at("/simulation/matrix").size()).isEqualTo(5);
    assertThat(root.at("/recommendations/0/badge/setupEffort").asText())
        .isEqualTo("API key, minutes");
    assertThat(root.at("/croms/label").isTextual()).isTrue();
    JsonNode finding = root.at("/croms/findings/0");
    assertThat(finding.get("kind").asText()).isEqualTo("CROMS-COST-OVERPOWERED-MODEL");
    assertThat(finding.get("dimension").asText()).isEqualTo("cost");
    // (0.0075 − 0.0015) × 3,000
    assertThat(finding.get("usdPerMonth").decimalValue()).isEqualByComparingTo("18");
    assertThat(finding.get("steps").get(0).asText()).isEqualTo("classify-the-email");
  }

  @Test
  void textShowsTheSameAsTables() {
    String text = TextReport.of("old.md", compile("old.md", OLD), false);
    assertThat(text)
        .contains(
            "Simulation  (USD; 3,000 runs a month)",
            "declared",
            "open_source",
            "Cost per month by ecosystem tier and mode",
            "Recommendations  (mode balanced, the default)",
            "Croms  ",
            "CROMS-COST-OVERPOWERED-MODEL");
  }

  @Test
  void diffShowsTheCostChangePerPlanAndTheCromsChange() throws IOException {
    CostDiff d = new CostDiff("old.md", compile("old.md", OLD), "new.md", compile("new.md", NEW));
    JsonNode json = CromusJson.read(Json.write(d.json()), JsonNode.class);
    // haiku: 1,000 × 1 + 100 × 5 = 0.0015 a run
    assertThat(json.at("/declared/perRunUsdDelta").decimalValue()).isEqualByComparingTo("-0.006");
    assertThat(json.at("/declared/perMonthUsdDelta").decimalValue()).isEqualByComparingTo("-18");
    assertThat(json.at("/modes/eco/perRunUsdDelta").decimalValue()).isEqualByComparingTo("0");
    assertThat(json.at("/croms/findingsRemoved/0/kind").asText())
        .isEqualTo("CROMS-COST-OVERPOWERED-MODEL");
    assertThat(json.at("/croms/totalDelta").decimalValue().signum()).isNegative();
    assertThat(d.text()).contains("declared", "-$0.0060", "fixed");
    assertThat(d.markdown())
        .contains(
            "| declared | $0.0075 | $0.0015 | -$0.0060 | -$18.00 |",
            "| open_source | n/a | n/a |",
            "- fixed: CROMS-COST-OVERPOWERED-MODEL (classify-the-email)");
  }

  static int run(StringWriter out, StringWriter err, String... args) {
    return CromusCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void compileReadsTheScopeAndRefusesEnforcement(@TempDir Path dir) throws IOException {
    Path sop = Files.writeString(dir.resolve("t.md"), NEW);
    Path scope = Files.writeString(dir.resolve("scope.yaml"), "workspace: w\nscope: enforce\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        run(out, err, "compile", sop.toString(), "--scope", scope.toString(), "--format", "json");
    assertThat(code).as(err.toString()).isEqualTo(1);
    assertThat(out.toString()).contains("SCOPE-ENFORCE-REFUSED");
    StringWriter missing = new StringWriter();
    assertThat(
            run(
                new StringWriter(),
                missing,
                "compile",
                sop.toString(),
                "--scope",
                dir.resolve("nope.yaml").toString()))
        .isEqualTo(2);
    assertThat(missing.toString()).contains("no such file");
  }

  @Test
  void diffCommandReadsBothFiles(@TempDir Path dir) throws IOException {
    Path a = Files.writeString(dir.resolve("a.md"), OLD);
    Path b = Files.writeString(dir.resolve("b.md"), NEW);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = run(out, err, "diff", a.toString(), b.toString(), "--format", "markdown");
    if (Cromus.defaultEngine().catalog().isPresent()) {
      assertThat(code).as(err.toString()).isZero();
      assertThat(out.toString()).startsWith("### Cromus cost diff");
    } else {
      assertThat(code).isEqualTo(2);
      assertThat(err.toString()).contains("no model catalog");
    }
    assertThat(
            run(
                new StringWriter(),
                new StringWriter(),
                "diff",
                a.toString(),
                dir.resolve("none.md").toString()))
        .isEqualTo(2);
  }
}
