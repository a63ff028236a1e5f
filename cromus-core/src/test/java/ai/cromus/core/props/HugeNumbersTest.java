package ai.cromus.core.props;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.InputKind;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.catalog.CatalogReader;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.ScopeReader;
import ai.cromus.core.simulation.BundledCatalog;
import ai.cromus.core.spec.PolicyResult;
import ai.cromus.core.spec.SpecFile;
import ai.cromus.core.spec.SpecReport;
import ai.cromus.core.spec.SpecType;
import ai.cromus.core.spec.SpecValidator;
import ai.cromus.core.workflow.Parsed;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18.3: an exponent in a number the user writes never exhausts memory, hangs or throws. Each
 * place a number becomes a {@code BigDecimal} or a {@code long} gets the three reproducers ({@code
 * 1e99999999} ran past 120 s at 2.2 GB, {@code 1e999999999} and {@code 1e-999999999} threw {@code
 * ArithmeticException}) and must answer within a generous bound with a diagnostic that has a rule
 * id and a location.
 */
class HugeNumbersTest {
  private static final Cromus ENGINE = Cromus.builder().catalog(BundledCatalog.get()).build();
  private static final Duration BOUND = Duration.ofSeconds(20);

  private static final String SOP =
      "# Triage\n\n## 1. Classify the email\nClassify the email.\n- kind: llm\n";

  private static <T> T fast(Supplier<T> run) {
    return Assertions.assertTimeoutPreemptively(BOUND, run::get);
  }

  private static void reported(List<Diagnostic> diags, String rule, int line, String value) {
    assertThat(diags).extracting(Diagnostic::rule).doesNotContain("CROMUS-INTERNAL-ERROR");
    assertThat(diags)
        .as("a %s diagnostic at line %d naming %s", rule, line, value)
        .anySatisfy(
            d -> {
              assertThat(d.rule()).isEqualTo(rule);
              assertThat(d.line()).isEqualTo(line);
              assertThat(d.message()).contains(value);
            });
  }

  private static void compiles(CompileResult r) {
    assertThat(r.diagnostics())
        .extracting(Diagnostic::rule)
        .doesNotContain("CROMUS-INTERNAL-ERROR");
    r.simulation()
        .ifPresent(s -> assertThat(s.declared().perRun().amount().scale()).isLessThan(64));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e99999999", "1e999999999", "1e-999999999"})
  void scopeBudget(String value) {
    for (String text :
        List.of(
            "budget:\n  per_run_usd: " + value + "\n",
            "{\"budget\": {\"per_run_usd\": " + value + "}}")) {
      Parsed<Scope> scope = fast(() -> ScopeReader.read("scope.yaml", text));
      reported(scope.diagnostics(), "SCOPE-VALUE", text.startsWith("{") ? 1 : 2, value);
      assertThat(scope.value().budget().perRun()).isEmpty();
      compiles(fast(() -> ENGINE.compileSource(WorkflowSource.sop("sop.md", SOP), scope)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e99999999", "1e999999999", "1e-999999999"})
  void scopeCountsAndAssumptions(String value) {
    String text =
        "runs_per_day: "
            + value
            + "\nthresholds:\n  croms_max: "
            + value
            + "\nassumptions:\n  hourly_rate_usd: "
            + value
            + "\nfailure_rates:\n  tool: "
            + value
            + "\n";
    Parsed<Scope> scope = fast(() -> ScopeReader.read("scope.yaml", text));
    for (int line : new int[] {1, 3, 5, 7}) {
      reported(scope.diagnostics(), "SCOPE-VALUE", line, value);
    }
    compiles(fast(() -> ENGINE.compileSource(WorkflowSource.sop("sop.md", SOP), scope)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e99999999", "1e999999999", "1e-999999999"})
  void frontMatterBudgetAndRuns(String value) {
    String text =
        "---\nname: t\nruns_per_day: "
            + value
            + "\nbudget:\n  per_run_usd: "
            + value
            + "\n---\n"
            + SOP;
    CompileResult r =
        fast(() -> ENGINE.compileSource(WorkflowSource.sop("t.md", text), Scope.defaults()));
    compiles(r);
    reported(r.diagnostics(), "SOP-FRONT-MATTER-VALUE", 3, value);
    reported(r.diagnostics(), "SOP-FRONT-MATTER-VALUE", 5, value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e99999999", "1e999999999", "1e-999999999"})
  void structuredBudgetAndTokens(String value) {
    String json =
        "{\"name\": \"t\",\n\"budget\": {\"per_run_usd\": \""
            + value
            + "\"},\n\"steps\": [{\"id\": \"a\", \"kind\": \"llm\", \"dependsOn\": [],\n"
            + "\"inputTokens\": \""
            + value
            + "\"}]}";
    String yaml =
        "name: t\nbudget:\n  per_run_usd: "
            + value
            + "\nsteps:\n  - id: a\n    kind: llm\n    dependsOn: []\n    inputTokens: "
            + value
            + "\n";
    CompileResult j =
        fast(
            () ->
                ENGINE.compileSource(
                    WorkflowSource.builder().name("t.json").text(json).kind(InputKind.JSON).build(),
                    Scope.defaults()));
    compiles(j);
    reported(j.diagnostics(), "WF-SCHEMA", 2, value);
    reported(j.diagnostics(), "WF-SCHEMA", 4, value);
    CompileResult y =
        fast(
            () ->
                ENGINE.compileSource(
                    WorkflowSource.builder().name("t.yaml").text(yaml).kind(InputKind.YAML).build(),
                    Scope.defaults()));
    compiles(y);
    reported(y.diagnostics(), "WF-SCHEMA", 3, value);
    reported(y.diagnostics(), "WF-SCHEMA", 8, value);
  }

  private static final String SKILL =
      """
      ---
      name: s
      description: Triage an email. Use when one arrives.
      metadata:
        cromus-budget-per-run-usd: "%s"
        cromus-cost-per-run-usd: "%s"
        cromus-runs-per-day: "%s"
      ---
      # S

      ## Step 1 — Classify

      Classify it.
      """;

  @ParameterizedTest
  @ValueSource(strings = {"1e99999999", "1e999999999", "1e-999999999"})
  void skillMetadataAndSidecarBudget(String value) {
    String skill = String.format(SKILL, value, value, value);
    String sidecar =
        "schema: \"cromus.yaml/v1\"\nskill: \"s\"\nworkflow:\n  title: \"S\"\n  runs_per_day: "
            + value
            + "\n  budget:\n    per_run_usd: "
            + value
            + "\nsteps:\n  - id: \"classify\"\n    kind: \"llm\"\n    input:\n      tokens: "
            + value
            + "\n";
    CompileResult alone =
        fast(
            () ->
                ENGINE.compileSource(
                    WorkflowSource.skill("s/SKILL.md", skill, Optional.empty()), Scope.defaults()));
    compiles(alone);
    reported(alone.diagnostics(), "SKILL-METADATA-VALUE", 5, value);
    reported(alone.diagnostics(), "SKILL-METADATA-VALUE", 6, value);
    reported(alone.diagnostics(), "SKILL-METADATA-VALUE", 7, value);
    CompileResult both =
        fast(
            () ->
                ENGINE.compileSource(
                    WorkflowSource.skill("s/SKILL.md", skill, Optional.of(sidecar)),
                    Scope.defaults()));
    compiles(both);
    assertThat(both.workflow().budget().perRun()).isEmpty();
    assertThat(both.workflow().runsPerDay()).isEmpty();
    List<Diagnostic> sidecarDiags =
        both.diagnostics().stream().filter(d -> d.source().endsWith("cromus.yaml")).toList();
    reported(sidecarDiags, "SKILL-SIDECAR-VALUE", 5, value);
    reported(sidecarDiags, "SKILL-SIDECAR-VALUE", 7, value);
    reported(sidecarDiags, "SKILL-SIDECAR-VALUE", 12, value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e99999999", "1e999999999", "1e-999999999"})
  void policyCostOfASkill(String value) {
    String skill = String.format(SKILL, "0.01", value, "400");
    String policy =
        "version: 1\nrules:\n  max_cost_per_run:\n    enabled: true\n    usd: " + value + "\n";
    SpecValidator v = SpecValidator.create();
    PolicyResult p = fast(() -> v.checkPolicy(policy, SpecFile.of("s/SKILL.md", skill)));
    assertThat(p).isNotNull();
    List<SpecReport> reports =
        fast(
            () ->
                v.validateAll(
                    List.of(
                        SpecFile.of("s/SKILL.md", skill),
                        SpecFile.of("cromus.policy.yml", policy, SpecType.POLICY))));
    List<Diagnostic> all = reports.stream().flatMap(r -> r.diagnostics().stream()).toList();
    reported(all, "SKILL-METADATA-VALUE", 6, value);
    reported(all, "POLICY-SCHEMA", 5, "max_cost_per_run");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e99999999", "1e999999999", "1e-999999999", "-1e999999999"})
  void catalogOverlayPrice(String value) {
    String overlay =
        "{\"catalogVersion\": \"acme\", \"asOf\": \"2026-11-30\", \"currency\": \"USD\","
            + " \"unit\": \"per_million_tokens\",\n \"models\": [\n"
            + "  {\"id\": \"claude-sonnet-4-6\", \"offerings\": [\n"
            + "    {\"channel\": \"aws-bedrock\", \"channelModelId\": \"x\",\n"
            + "     \"pricing\": {\"input\": "
            + value
            + ", \"output\": 12},\n"
            + "     \"source\": \"acme\", \"verifiedOn\": \"2026-11-30\"}]}]}";
    Parsed<ModelCatalog> c =
        fast(() -> CatalogReader.readOverlay("acme.json", overlay, BundledCatalog.get()));
    assertThat(c.diagnostics()).anySatisfy(d -> assertThat(d.line()).isEqualTo(5));
    Cromus engine = Cromus.builder().catalog(c.value()).build();
    compiles(
        fast(
            () ->
                engine.compileSource(
                    WorkflowSource.sop("sop.md", SOP + "- model: claude-sonnet-4-6\n"),
                    Scope.defaults())));
  }

  /** The public Money factories refuse what no arithmetic could hold, at once. */
  @ParameterizedTest
  @ValueSource(strings = {"1e99999999", "1e999999999", "1e-999999999"})
  void money(String value) {
    Assertions.assertThrows(
        NumberFormatException.class, () -> fast(() -> ai.cromus.core.money.Money.usd(value)));
    Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> fast(() -> ai.cromus.core.money.Money.usd(new java.math.BigDecimal(value))));
    assertThat(ai.cromus.core.money.Money.usd("-1,250.5").amount()).isEqualByComparingTo("-1250.5");
  }
}
