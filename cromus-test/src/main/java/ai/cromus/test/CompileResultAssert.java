package ai.cromus.test;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.VerdictStatus;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.risk.RiskLevel;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.CostRange;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.workflow.Step;
import ai.cromus.test.internal.Breakdown;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link CompileResult}. Every failure message carries the breakdown that explains
 * it: the per-step cost table of the plan in question, the Croms findings, the structural-score
 * findings and the diagnostics, as fits the assertion.
 *
 * <pre>{@code
 * assertThat(result).passes();
 * assertThat(result).costPerRun(CostMode.BALANCED).isAtMost("0.05");
 * assertThat(result).croms().isBelow(30);
 * assertThat(result).step("classify").recommendedModel(CostMode.ECO).isOpenWeights();
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class CompileResultAssert extends AbstractAssert<CompileResultAssert, CompileResult> {
  private Optional<ModelCatalog> catalog;

  CompileResultAssert(CompileResult actual) {
    super(actual, CompileResultAssert.class);
    this.catalog = Optional.empty();
  }

  /**
   * The catalog to look model facts up in (open weights, capability tier); by default the catalog
   * of {@link Cromus#defaultEngine()}.
   */
  public CompileResultAssert usingCatalog(ModelCatalog catalog) {
    this.catalog = Optional.of(Objects.requireNonNull(catalog, "catalog must not be null"));
    return this;
  }

  /** Asserts the verdict is PASS. */
  public CompileResultAssert passes() {
    return hasVerdict(VerdictStatus.PASS);
  }

  /** Asserts the verdict is PASS or WARN. */
  public CompileResultAssert doesNotFail() {
    isNotNull();
    if (actual.verdict().status() == VerdictStatus.FAIL) {
      failWithMessage("%s", "Expected the verdict not to be FAIL.\n\n" + Breakdown.full(actual));
    }
    return this;
  }

  /** Asserts the verdict. */
  public CompileResultAssert hasVerdict(VerdictStatus status) {
    Objects.requireNonNull(status, "status must not be null");
    isNotNull();
    if (actual.verdict().status() != status) {
      failWithMessage(
          "%s",
          "Expected the verdict to be "
              + status.name()
              + " but was "
              + actual.verdict().status().name()
              + ".\n\n"
              + Breakdown.full(actual));
    }
    return this;
  }

  /** The expected cost of one run when every step uses the model {@code mode} recommends. */
  public MoneyAssert costPerRun(CostMode mode) {
    Objects.requireNonNull(mode, "mode must not be null");
    return cost(
        Optional.of(mode),
        PlanSimulation::costPerRun,
        "the cost per run in " + mode.id() + " mode");
  }

  /** The expected cost of a month of runs in {@code mode}. */
  public MoneyAssert costPerMonth(CostMode mode) {
    Objects.requireNonNull(mode, "mode must not be null");
    return cost(
        Optional.of(mode),
        PlanSimulation::costPerMonth,
        "the cost per month in " + mode.id() + " mode");
  }

  /** The expected cost of one run with the models the workflow declares. */
  public MoneyAssert costPerRun() {
    return cost(
        Optional.empty(), PlanSimulation::costPerRun, "the cost per run of the declared plan");
  }

  /** The expected cost of a month of runs with the models the workflow declares. */
  public MoneyAssert costPerMonth() {
    return cost(
        Optional.empty(), PlanSimulation::costPerMonth, "the cost per month of the declared plan");
  }

  /** The Croms (preventable waste) of the result. */
  public CromsAssert croms() {
    isNotNull();
    if (actual.croms().isEmpty()) {
      failWithMessage(
          "%s",
          "Expected a Croms score but the result has none (no simulation).\n\n"
              + Breakdown.forDiagnostics(actual));
    }
    return new CromsAssert(actual.croms().get(), actual);
  }

  /** The risk of the result: its level and its findings. */
  public RiskAssert risk() {
    isNotNull();
    return new RiskAssert(actual.risk(), actual);
  }

  /**
   * Asserts the workflow's risk level is at most {@code level}: {@code
   * assertThat(result).hasRiskAtMost(RiskLevel.MEDIUM)}.
   */
  public CompileResultAssert hasRiskAtMost(RiskLevel level) {
    risk().isAtMost(level);
    return this;
  }

  /** Asserts some risk finding has this rule, e.g. {@code RISK-PROMPT-INJECTION}. */
  public CompileResultAssert hasRiskFinding(String rule) {
    risk().hasFinding(rule);
    return this;
  }

  /** Asserts no risk finding has this rule. */
  public CompileResultAssert hasNoRiskFinding(String rule) {
    risk().hasNoFinding(rule);
    return this;
  }

  /** The structural (AI-readiness) score. */
  public ScoreAssert structuralScore() {
    isNotNull();
    return new ScoreAssert(actual.structuralScore(), actual);
  }

  /** Asserts no diagnostic is at {@code severity} or above. */
  public CompileResultAssert hasNoDiagnosticsAtOrAbove(Severity severity) {
    Objects.requireNonNull(severity, "severity must not be null");
    isNotNull();
    List<Diagnostic> found =
        actual.diagnostics().stream()
            .filter(d -> d.severity().isAtLeast(severity))
            .collect(Collectors.toList());
    if (!found.isEmpty()) {
      failWithMessage(
          "%s",
          "Expected no diagnostics at "
              + severity.id()
              + " or above but found "
              + found.size()
              + ":\n"
              + found.stream().map(d -> "  " + Breakdown.line(d)).collect(Collectors.joining("\n"))
              + "\n\n"
              + Breakdown.forDiagnostics(actual));
    }
    return this;
  }

  /** Asserts some diagnostic has this rule id. */
  public CompileResultAssert hasDiagnostic(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId must not be null");
    isNotNull();
    if (actual.diagnostics().stream().noneMatch(d -> d.rule().equals(ruleId))) {
      failWithMessage(
          "%s",
          "Expected a diagnostic "
              + ruleId
              + " but there is none.\n\n"
              + Breakdown.forDiagnostics(actual));
    }
    return this;
  }

  /** Asserts no diagnostic has this rule id. */
  public CompileResultAssert hasNoDiagnostic(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId must not be null");
    isNotNull();
    if (actual.diagnostics().stream().anyMatch(d -> d.rule().equals(ruleId))) {
      failWithMessage(
          "%s", "Expected no diagnostic " + ruleId + ".\n\n" + Breakdown.forDiagnostics(actual));
    }
    return this;
  }

  /** One step of the workflow, by id. */
  public StepAssert step(String stepId) {
    Objects.requireNonNull(stepId, "stepId must not be null");
    isNotNull();
    Optional<Step> step = actual.workflow().step(stepId);
    if (step.isEmpty()) {
      failWithMessage(
          "%s",
          "Expected a step "
              + stepId
              + " but the workflow's steps are "
              + actual.workflow().steps().stream()
                  .map(Step::id)
                  .collect(Collectors.joining(", ", "[", "]"))
              + ".");
    }
    return new StepAssert(step.get(), actual, effectiveCatalog());
  }

  private MoneyAssert cost(
      Optional<CostMode> mode, Function<PlanSimulation, CostRange> figure, String what) {
    isNotNull();
    if (actual.simulation().isEmpty()) {
      failWithMessage(
          "%s",
          "Expected "
              + what
              + " but the result has no simulation.\n\n"
              + Breakdown.forCost(actual, mode));
    }
    PlanSimulation plan =
        mode.isEmpty()
            ? actual.simulation().get().declared()
            : actual.simulation().get().modes().get(mode.get());
    if (plan == null) {
      failWithMessage(
          "%s",
          "Expected "
              + what
              + " but no plan was simulated for "
              + Breakdown.planLabel(mode)
              + ".\n\n"
              + Breakdown.forCost(actual, mode));
    }
    if (!plan.feasible()) {
      failWithMessage(
          "%s",
          "Expected "
              + what
              + " but the "
              + Breakdown.planLabel(mode)
              + " is infeasible under the scope, so it has no trustworthy cost: "
              + String.join("; ", plan.problems())
              + "\n\n"
              + Breakdown.forCost(actual, mode));
    }
    CostRange range = figure.apply(plan);
    return new MoneyAssert(range.expected(), range, what, () -> Breakdown.forCost(actual, mode));
  }

  private Optional<ModelCatalog> effectiveCatalog() {
    return catalog.isPresent() ? catalog : Cromus.defaultEngine().catalog();
  }
}
