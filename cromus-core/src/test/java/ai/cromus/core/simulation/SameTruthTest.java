package ai.cromus.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.VerdictRule;
import ai.cromus.core.VerdictStatus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Budget;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.ScopeReader;
import ai.cromus.core.spec.SpecFile;
import ai.cromus.core.spec.SpecReport;
import ai.cromus.core.spec.SpecType;
import ai.cromus.core.spec.SpecValidator;
import ai.cromus.core.workflow.Parsed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the verdict, the cost envelope, the policy check and the declared plan tell the same
 * truth, and a limit that cannot be checked is never a silent pass.
 */
class SameTruthTest {
  static final Cromus ENGINE =
      Cromus.builder().catalog(BundledCatalog.get()).asOf(LocalDate.of(2026, 11, 25)).build();
  static final Cromus NO_CATALOG = Cromus.builder().build();

  static String example(String sop) throws IOException {
    return Files.readString(Path.of("../examples/sops/" + sop));
  }

  static List<Diagnostic> rule(CompileResult r, VerdictRule rule) {
    return r.diagnostics().stream()
        .filter(d -> d.rule().equals(rule.id()))
        .collect(Collectors.toList());
  }

  // ------------------------------------------------------------------ 17.1 no catalog

  @Test
  void aBudgetWithoutACatalogFailsWithADiagnosticAtTheBudget() throws IOException {
    String sop = "invoice-exception-review.md";
    CompileResult r =
        NO_CATALOG.compileSource(WorkflowSource.of(sop, example(sop)), Scope.defaults());
    assertThat(r.simulation()).isEmpty();
    assertThat(r.verdict().status()).isEqualTo(VerdictStatus.FAIL);
    List<Diagnostic> unchecked = rule(r, VerdictRule.BUDGET_NO_CATALOG);
    // budget: per_run_usd (line 12) and per_month_usd (line 13) of the front matter
    assertThat(unchecked).extracting(Diagnostic::line).containsExactly(12, 13);
    assertThat(unchecked).extracting(Diagnostic::rule).containsOnly("BUDGET-NO-CATALOG");
    assertThat(unchecked.get(0).message())
        .contains("No model catalog was found", "per-run budget of $0.0100");
    assertThat(unchecked.get(0).hint()).get().asString().contains("cromus-catalog");
    assertThat(r.verdict().reasons())
        .noneMatch(x -> x.contains("error"))
        .anyMatch(x -> x.contains("no model catalog was found"));
  }

  @Test
  void aScopeBudgetWithoutACatalogFailsToo() throws IOException {
    String sop = "plain-refund-triage.md";
    Scope scope =
        Scope.builder().budget(Budget.builder().perMonth(Money.usd("10")).build()).build();
    CompileResult r = NO_CATALOG.compileSource(WorkflowSource.of(sop, example(sop)), scope);
    assertThat(r.verdict().status()).isEqualTo(VerdictStatus.FAIL);
    assertThat(rule(r, VerdictRule.BUDGET_NO_CATALOG)).hasSize(1);
    // without any limit, no catalog is no failure
    CompileResult free =
        NO_CATALOG.compileSource(WorkflowSource.of(sop, example(sop)), Scope.defaults());
    assertThat(rule(free, VerdictRule.BUDGET_NO_CATALOG)).isEmpty();
    assertThat(free.verdict().status()).isNotEqualTo(VerdictStatus.FAIL);
  }

  // ------------------------------------------------------------------ 17.8 located breaches

  @Test
  void aBrokenBudgetIsAnErrorAtTheLineThatDeclaresIt() throws IOException {
    String sop = "invoice-exception-review.md";
    CompileResult r = ENGINE.compileSource(WorkflowSource.of(sop, example(sop)), Scope.defaults());
    List<Diagnostic> over = rule(r, VerdictRule.BUDGET_EXCEEDED);
    assertThat(over).extracting(Diagnostic::source).containsOnly(sop);
    assertThat(over).extracting(Diagnostic::line).containsExactly(12, 13);
    assertThat(over).extracting(Diagnostic::rule).containsOnly("BUDGET-EXCEEDED");
    assertThat(over.get(0).column()).isEqualTo(3);
    assertThat(over.get(0).message())
        .contains("$0.0228 a run", "the workflow's per-run budget of $0.0100");
    // the verdict gives them as its reasons, not as errors in the input
    assertThat(r.verdict().reasons())
        .noneMatch(x -> x.contains("error"))
        .anyMatch(x -> x.contains("over the workflow's per-run budget of $0.0100"));
  }

  @Test
  void aBrokenScopeBudgetAndCromsMaximumPointIntoTheScopeFile() throws IOException {
    String sop = "invoice-exception-review.md";
    String scopeText =
        "workspace: w\nbudget:\n  per_run_usd: 0.001\nthresholds:\n  croms_max: 5\n  score_min: 99\n";
    Parsed<Scope> scope = ScopeReader.read("team.scope.yaml", scopeText, BundledCatalog.get());
    CompileResult r = ENGINE.compileSource(WorkflowSource.of(sop, example(sop)), scope);
    Diagnostic run =
        rule(r, VerdictRule.BUDGET_EXCEEDED).stream()
            .filter(d -> d.source().equals("team.scope.yaml"))
            .findFirst()
            .orElseThrow();
    assertThat(run.line()).isEqualTo(3);
    Diagnostic croms = rule(r, VerdictRule.THRESHOLD_CROMS_MAX).get(0);
    assertThat(croms.rule()).isEqualTo("THRESHOLD-CROMS-MAX");
    assertThat(croms.source()).isEqualTo("team.scope.yaml");
    assertThat(croms.line()).isEqualTo(5);
    Diagnostic score = rule(r, VerdictRule.THRESHOLD_SCORE_MIN).get(0);
    assertThat(score.rule()).isEqualTo("THRESHOLD-SCORE-MIN");
    assertThat(score.line()).isEqualTo(6);
    assertThat(r.verdict().status()).isEqualTo(VerdictStatus.FAIL);
    assertThat(r.verdict().reasons())
        .anyMatch(x -> x.startsWith("Croms "))
        .anyMatch(x -> x.startsWith("structural score "));
  }

  // ------------------------------------------------------------------ 17.3 one plan priced

  @Test
  void envelopePolicyAndVerdictPriceTheDeclaredPlan() throws IOException {
    String sop = "campaign-brief-to-copy.md";
    CompileResult r = ENGINE.compileSource(WorkflowSource.of(sop, example(sop)), Scope.defaults());
    PlanSimulation declared = r.simulation().get().declared();
    Money sum = declared.steps().stream().map(StepSimulation::cost).reduce(Money.ZERO, Money::plus);
    assertThat(declared.perRun()).isEqualTo(sum);
    // the workflow's own mode (eco) is far cheaper: the envelope must not take it
    assertThat(r.simulation().get().mode(CostMode.ECO).perRun().isGreaterThan(sum)).isFalse();
    assertThat(r.simulation().get().mode(CostMode.ECO).perRun()).isNotEqualTo(sum);

    JsonNode sidecar =
        new ObjectMapper(new YAMLFactory()).readTree(r.artifacts().get().cromusYaml());
    JsonNode envelope = sidecar.get("cost_envelope");
    assertThat(envelope.get("plan").asText()).isEqualTo("declared");
    assertThat(new BigDecimal(envelope.get("per_run_usd").asText()))
        .isEqualByComparingTo(sum.amount());
    assertThat(new BigDecimal(envelope.get("per_month_usd").asText()))
        .isEqualByComparingTo(declared.perMonth().amount());
    assertThat(r.artifacts().get().skillMd())
        .contains("cromus-cost-per-run-usd: \"" + sum.toPlainString() + "\"");

    // a policy limit between the eco plan and the declared plan is broken, as the budget would be
    BigDecimal limit =
        sum.amount()
            .add(r.simulation().get().mode(CostMode.ECO).perRun().amount())
            .divide(BigDecimal.valueOf(2));
    String policy =
        "version: 1\nrules:\n  max_cost_per_run:\n    enabled: true\n    severity: error\n"
            + "    usd: "
            + limit.toPlainString()
            + "\n";
    String dir = ".agents/skills/campaign-brief-to-copy/";
    List<SpecReport> reports =
        SpecValidator.create()
            .validateAll(
                List.of(
                    SpecFile.of(dir + "SKILL.md", r.artifacts().get().skillMd(), SpecType.SKILL),
                    SpecFile.of(
                        dir + "cromus.yaml", r.artifacts().get().cromusYaml(), SpecType.SIDECAR),
                    SpecFile.of("cromus.policy.yml", policy, SpecType.POLICY)));
    SpecReport skill =
        reports.stream().filter(x -> x.type() == SpecType.SKILL).findFirst().orElseThrow();
    assertThat(skill.policy()).get().satisfies(p -> assertThat(p.pass()).isFalse());
    assertThat(skill.diagnostics())
        .anyMatch(d -> d.rule().equals("POLICY-VIOLATION") && d.message().contains("max_cost"));
    Scope budget =
        Scope.builder().budget(Budget.builder().perRun(Money.usd(limit)).build()).build();
    assertThat(
            rule(
                ENGINE.compileSource(WorkflowSource.of(sop, example(sop)), budget),
                VerdictRule.BUDGET_EXCEEDED))
        .hasSize(1);
  }

  // ------------------------------------------------------------------ 17.6 who chose

  @Test
  void theDeclaredPlanSaysWhichModelsCromusChoseAndUnderWhichMode() {
    String sop =
        """
        ---
        name: t
        ---
        # T

        ## 1. Classify the email
        Classify it.
        - kind: llm
        - model: claude-haiku-4-5

        ## 2. Draft the reply
        Draft a reply.
        - kind: llm

        ## 3. Summarise the thread
        Summarise it.
        - kind: llm
        - model: no-such-model-9
        """;
    CompileResult r = ENGINE.compileSource(WorkflowSource.sop("t.md", sop), Scope.defaults());
    PlanSimulation declared = r.simulation().get().declared();
    StepSimulation named = declared.step("classify-the-email").get();
    StepSimulation chosen = declared.step("draft-the-reply").get();
    StepSimulation replaced = declared.step("summarise-the-thread").get();
    assertThat(named.modelOrigin()).contains(ModelOrigin.DECLARED);
    assertThat(named.modelOrigin().get().chosenUnder(declared.mode())).isEmpty();
    assertThat(chosen.modelOrigin()).contains(ModelOrigin.CHOSEN);
    assertThat(chosen.modelOrigin().get().chosenUnder(declared.mode())).contains(CostMode.BALANCED);
    assertThat(replaced.modelOrigin()).contains(ModelOrigin.REPLACED);
    PlanSimulation eco = r.simulation().get().mode(CostMode.ECO);
    assertThat(eco.steps())
        .allSatisfy(
            s -> {
              assertThat(s.modelOrigin()).contains(ModelOrigin.MODE);
              assertThat(s.modelOrigin().get().chosenUnder(eco.mode())).contains(CostMode.ECO);
            });
  }
}
