package ai.cromus.core.scope;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.RuleCatalog;
import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.workflow.Parsed;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The scope reader: every key, every diagnostic, hostile input. */
class ScopeReaderTest {
  static final ModelCatalog CATALOG = ai.cromus.core.simulation.ScopeFixtures.catalog();

  static Parsed<Scope> read(String text) {
    return ScopeReader.read("scope.yaml", text, CATALOG);
  }

  static List<String> rules(Parsed<Scope> p) {
    return p.diagnostics().stream().map(Diagnostic::rule).collect(Collectors.toList());
  }

  @Test
  void theFormatDocumentsExampleReadsEveryKey() throws IOException {
    Parsed<Scope> p =
        ScopeReader.read(
            "acme-support.yaml", Files.readString(Path.of("../examples/scopes/acme-support.yaml")));
    Scope s = p.value();
    assertThat(p.diagnostics()).isEmpty();
    assertThat(s.workspace()).hasValue("acme-support");
    assertThat(s.mode()).hasValue(CostMode.BALANCED);
    assertThat(s.runsPerDay()).hasValue(400);
    assertThat(s.channels())
        .containsExactly("anthropic-api", "openai-api", "aws-bedrock", "openrouter", "groq");
    assertThat(s.tiers()).containsExactly(EcosystemTier.MANAGED, EcosystemTier.MAINSTREAM);
    assertThat(s.gates().deny())
        .extracting(GateSelector::text)
        .containsExactly("vendor:xai", "model:claude-opus-4-1");
    assertThat(s.gates().allow())
        .extracting(GateSelector::text)
        .containsExactly("open_weights:true", "vendor:anthropic", "vendor:openai");
    assertThat(s.gates().require())
        .extracting(GateSelector::text)
        .containsExactly("capability:function_calling");
    assertThat(s.budget().perRun()).hasValue(Money.usd("0.05"));
    assertThat(s.budget().perMonth()).hasValue(Money.usd("1500"));
    assertThat(s.thresholds().cromsMax()).hasValue(new BigDecimal("40"));
    assertThat(s.thresholds().scoreMin()).hasValue(60);
  }

  @Test
  void theJsonFormReadsTheSame() throws IOException {
    Parsed<Scope> p =
        ScopeReader.read(
            "strict-budget.json",
            Files.readString(Path.of("../examples/scopes/strict-budget.json")));
    assertThat(p.diagnostics()).isEmpty();
    assertThat(p.value().mode()).hasValue(CostMode.ECO);
    assertThat(p.value().runsPerMonth()).hasValue(2400);
    assertThat(p.value().budget().perRun()).hasValue(Money.usd("0.005"));
  }

  @Test
  void assumptionsAndFailureRates() {
    Parsed<Scope> p =
        read(
            """
            assumptions:
              review_hours_per_run: 0.05
              hourly_rate_usd: 60
              correction_cost_usd: 12.5
              maintenance_usd_per_month: 400
              monitoring_usd_per_month: 50
              integration_usd_per_month: 100
            failure_rates:
              llm: 0.05
              tool: 0.02
            """);
    assertThat(p.diagnostics()).isEmpty();
    Assumptions a = p.value().assumptions();
    assertThat(a.reviewHoursPerRun()).isEqualByComparingTo("0.05");
    assertThat(a.hourlyRate()).isEqualTo(Money.usd("60"));
    assertThat(a.correctionCost()).isEqualTo(Money.usd("12.5"));
    assertThat(a.maintenancePerMonth()).isEqualTo(Money.usd("400"));
    assertThat(a.monitoringPerMonth()).isEqualTo(Money.usd("50"));
    assertThat(a.integrationPerMonth()).isEqualTo(Money.usd("100"));
    assertThat(p.value().failureRates())
        .containsEntry("llm", new BigDecimal("0.05"))
        .containsEntry("tool", new BigDecimal("0.02"));
  }

  @Test
  void emptyScopeIsTheDefaults() {
    assertThat(read("").value()).isEqualTo(Scope.defaults());
    assertThat(read("# only a comment\n").diagnostics()).isEmpty();
  }

  @Test
  void unknownKeyNamesTheNearest() {
    Parsed<Scope> p = read("workspace: a\nchanels: [groq]\n");
    Diagnostic d = p.diagnostics().get(0);
    assertThat(d.rule()).isEqualTo("SCOPE-UNKNOWN-KEY");
    assertThat(d.line()).isEqualTo(2);
    assertThat(d.column()).isEqualTo(1);
    assertThat(d.hint().get()).contains("channels");
  }

  @Test
  void unknownChannelNamesTheNearestCatalogChannel() {
    Parsed<Scope> p = read("channels: [anthropic-api, google-ai-studo]\n");
    Diagnostic d =
        p.diagnostics().stream()
            .filter(x -> x.rule().equals("SCOPE-UNKNOWN-CHANNEL"))
            .findFirst()
            .get();
    assertThat(d.line()).isEqualTo(1);
    assertThat(d.column()).isEqualTo(27);
    assertThat(d.hint().get()).startsWith("Did you mean google-ai-studio");
    // no close spelling: channels of the same vendor prefix are named
    Diagnostic far =
        read("channels: [google-vertex-ai]\n").diagnostics().stream()
            .filter(x -> x.rule().equals("SCOPE-UNKNOWN-CHANNEL"))
            .findFirst()
            .get();
    assertThat(far.hint().get()).startsWith("Did you mean google-ai-studio");
  }

  @Test
  void unknownSelectorKindAndBadSelectorValues() {
    Parsed<Scope> p =
        read(
            "gates:\n  deny: [vendr:xai, tier:mainstreem, open_weights:maybe, capability:telepathy, nocolon]\n");
    assertThat(rules(p))
        .containsExactly(
            "SCOPE-UNKNOWN-SELECTOR",
            "SCOPE-SELECTOR-VALUE",
            "SCOPE-SELECTOR-VALUE",
            "SCOPE-SELECTOR-VALUE",
            "SCOPE-UNKNOWN-SELECTOR");
    assertThat(p.diagnostics().get(0).hint().get()).contains("vendor");
    assertThat(p.diagnostics().get(1).hint().get()).contains("mainstream");
    assertThat(p.value().gates().deny()).isEmpty();
  }

  @Test
  void unknownModelVendorAndRegionAgainstTheCatalog() {
    Parsed<Scope> p =
        read(
            "gates:\n  deny: [model:claude-sonet-4-6, vendor:antropic]\n  require: [region:mars]\n");
    assertThat(rules(p))
        .contains("SCOPE-UNKNOWN-MODEL", "SCOPE-UNKNOWN-VENDOR", "SCOPE-UNKNOWN-REGION");
    assertThat(
            p.diagnostics().stream()
                .filter(d -> d.rule().equals("SCOPE-UNKNOWN-MODEL"))
                .findFirst()
                .get()
                .hint()
                .get())
        .contains("claude-sonnet-4-6");
    assertThat(
            p.diagnostics().stream()
                .filter(d -> d.rule().equals("SCOPE-UNKNOWN-VENDOR"))
                .findFirst()
                .get()
                .hint()
                .get())
        .contains("anthropic");
  }

  @Test
  void scopeThatAllowsNothingIsReported() {
    Parsed<Scope> p = read("channels: [groq]\ngates:\n  allow: [vendor:anthropic]\n");
    assertThat(rules(p)).contains("SCOPE-NOTHING-ALLOWED");
  }

  @Test
  void enforcementIsRefusedWithTheReason() {
    for (String text :
        List.of(
            "scope: enforce\n",
            "enforce: true\n",
            "mode: enforce\n",
            "gates:\n  enforce: true\n")) {
      Parsed<Scope> p = read(text);
      assertThat(rules(p)).as(text).contains("SCOPE-ENFORCE-REFUSED");
      Diagnostic d =
          p.diagnostics().stream()
              .filter(x -> x.rule().equals("SCOPE-ENFORCE-REFUSED"))
              .findFirst()
              .get();
      assertThat(d.hint().get()).contains("never sits between an agent and a model");
    }
    assertThat(read("scope: advisory\n").diagnostics()).isEmpty();
  }

  @Test
  void wrongValuesAreIgnoredWithADiagnostic() {
    Parsed<Scope> p =
        read(
            """
            mode: cheapest
            runs_per_day: -3
            tiers: [cloud]
            budget:
              per_run_usd: lots
            thresholds:
              score_min: 150
            failure_rates:
              llm: 1.5
              llm_magic: 0.1
            workspace: [a, b]
            """);
    assertThat(rules(p))
        .containsExactly(
            "SCOPE-VALUE",
            "SCOPE-VALUE",
            "SCOPE-VALUE",
            "SCOPE-VALUE",
            "SCOPE-VALUE",
            "SCOPE-VALUE",
            "SCOPE-UNKNOWN-KEY",
            "SCOPE-VALUE");
    assertThat(p.value()).isEqualTo(Scope.defaults());
  }

  @Test
  void bothVolumesGivenMonthWins() {
    Parsed<Scope> p = read("runs_per_day: 10\nruns_per_month: 50\n");
    assertThat(rules(p)).containsExactly("SCOPE-RUNS-CONFLICT");
  }

  @Test
  void duplicateKeysWarnAndTheLastWins() {
    Parsed<Scope> p = read("workspace: a\nworkspace: b\n");
    assertThat(rules(p)).containsExactly("SCOPE-DUPLICATE-KEY");
    assertThat(p.value().workspace()).hasValue("b");
  }

  @Test
  void syntaxErrorsAreDiagnosticsWithAPosition() {
    Parsed<Scope> p = read("channels: [groq\nmode: eco\n");
    assertThat(rules(p)).containsExactly("SCOPE-SYNTAX");
    assertThat(read("- just\n- a list\n").diagnostics().get(0).rule()).isEqualTo("SCOPE-SYNTAX");
    assertThat(ScopeReader.read("s.json", "{\"mode\": ").diagnostics().get(0).rule())
        .isEqualTo("SCOPE-SYNTAX");
  }

  @Test
  @Timeout(10)
  void billionLaughsIsBounded() {
    StringBuilder sb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 30; i++) {
      sb.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        sb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      sb.append("]\n");
    }
    Parsed<Scope> p = read(sb.toString());
    assertThat(rules(p)).isNotEmpty().allMatch(r -> r.startsWith("SCOPE-"));
  }

  @Test
  @Timeout(10)
  void deepNestingAndHugeInputAreBounded() {
    assertThat(rules(read("gates: " + "[".repeat(5000) + "]".repeat(5000) + "\n")))
        .containsExactly("SCOPE-TOO-COMPLEX");
    assertThat(rules(read("workspace: " + "x".repeat(1_100_000))))
        .containsExactly("SCOPE-TOO-COMPLEX");
  }

  @Test
  @Timeout(10)
  void moreThanAHundredThousandValuesAreBounded() {
    Parsed<Scope> p = read("channels:\n" + "  - groq\n".repeat(100_000));
    assertThat(rules(p)).containsExactly("SCOPE-TOO-COMPLEX");
    Diagnostic d = p.diagnostics().get(0);
    assertThat(d.message())
        .isEqualTo("The scope cannot be read: the scope has more than 100000 values.");
    assertThat(d.line()).isEqualTo(100_000); // the mapping and the list are values 1 and 2
    assertThat(p.value()).isEqualTo(Scope.defaults());
  }

  @Test
  void customTagsAreReportedAndTheValueIsReadAsPlainData() {
    Parsed<Scope> p = read("workspace: !python/object:os.system acme\nmode: eco\n");
    assertThat(rules(p)).containsExactly("SCOPE-SYNTAX");
    Diagnostic d = p.diagnostics().get(0);
    assertThat(d.line()).isEqualTo(1);
    assertThat(d.column()).isEqualTo(12);
    assertThat(d.message())
        .isEqualTo(
            "Custom YAML tag '!python/object:os.system' is not allowed; the value is read as plain data.");
    assertThat(p.value().workspace()).hasValue("acme");
    assertThat(p.value().mode()).hasValue(CostMode.ECO);
  }

  @Test
  void everyScopeRuleIsInTheCatalogue() {
    for (ScopeRule r : ScopeRule.values()) {
      assertThat(RuleCatalog.find(r.id())).as(r.id()).isPresent();
      assertThat(r.id()).startsWith("SCOPE-");
    }
  }

  @Test
  void checkOfAScopeBuiltInCode() {
    Scope s = Scope.builder().addChannels("grok").build();
    List<Diagnostic> d = ScopeCheck.check(s, CATALOG, "<code>");
    assertThat(d).extracting(Diagnostic::rule).contains("SCOPE-UNKNOWN-CHANNEL");
    assertThat(d.get(0).hint().get()).contains("groq");
  }
}
