package ai.cromus.core.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.ImmutableCompileResult;
import ai.cromus.core.Verdict;
import ai.cromus.core.VerdictRule;
import ai.cromus.core.VerdictStatus;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.croms.Croms;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.internal.croms.CromsStage;
import ai.cromus.core.internal.graph.GraphCheck;
import ai.cromus.core.internal.graph.StepKeyCheck;
import ai.cromus.core.internal.graph.WorkflowGraph;
import ai.cromus.core.internal.risk.RiskStage;
import ai.cromus.core.internal.score.StructuralScorer;
import ai.cromus.core.internal.simulation.SimulationOutcome;
import ai.cromus.core.internal.simulation.SimulationStage;
import ai.cromus.core.internal.simulation.baseline.TotalCostOfOwnership;
import ai.cromus.core.internal.simulation.pricing.TextTokens;
import ai.cromus.core.internal.spec.SpecCrossChecks;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.score.StructuralScore;
import ai.cromus.core.simulation.ImmutableSimulation;
import ai.cromus.core.simulation.Recommendation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.tokens.TokenCounter;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Workflow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The compile pipeline: each stage a pure function of its inputs (docs/architecture.md §2).
 * Stateless apart from its configuration; safe to share between threads.
 */
public final class Pipeline {
  private final Optional<ModelCatalog> catalog;
  private final Optional<LocalDate> asOf;
  private final String version;
  private final Optional<TokenCounter> tokenCounter;

  public Pipeline(Optional<ModelCatalog> catalog, Optional<LocalDate> asOf, String version) {
    this(catalog, asOf, version, Optional.empty());
  }

  /** A pipeline whose simulations re-count text-estimated prompts with {@code tokenCounter}. */
  public Pipeline(
      Optional<ModelCatalog> catalog,
      Optional<LocalDate> asOf,
      String version,
      Optional<TokenCounter> tokenCounter) {
    this.catalog = catalog;
    this.asOf = asOf;
    this.version = version;
    this.tokenCounter = tokenCounter;
  }

  public CompileResult compile(Parsed<Workflow> parsed, Scope scope) {
    return compile(parsed, scope, List.of());
  }

  /** Compiles with the diagnostics the scope reader found. */
  public CompileResult compile(
      Parsed<Workflow> parsed, Scope scope, List<Diagnostic> scopeDiagnostics) {
    Workflow wf = parsed.value();
    List<Diagnostic> diags = new ArrayList<>(parsed.diagnostics());
    diags.addAll(scopeDiagnostics);
    WorkflowGraph graph = new WorkflowGraph(wf);
    diags.addAll(GraphCheck.check(wf, graph));
    diags.addAll(StepKeyCheck.check(wf));
    StructuralScore score = StructuralScorer.score(wf, graph);
    ImmutableCompileResult.Builder r =
        ImmutableCompileResult.builder()
            .cromusVersion(version)
            .workflow(wf)
            .scope(scope)
            .structuralScore(score);
    catalog.ifPresent(c -> r.catalogVersion(c.version()));
    Optional<Simulation> simulated = Optional.empty();
    List<Recommendation> recommended = List.of();
    if (catalog.isPresent() && !wf.steps().isEmpty()) {
      ModelCatalog c = catalog.get();
      SimulationOutcome sim =
          SimulationStage.run(wf, scope, c, asOf.orElse(c.asOf()), TextTokens.of(tokenCounter));
      diags.addAll(sim.diagnostics());
      Croms croms = CromsStage.analyse(wf, scope, c, sim);
      Simulation simulation =
          ImmutableSimulation.copyOf(sim.simulation())
              .withTcwo(TotalCostOfOwnership.of(sim.simulation(), croms.wasteUsdPerMonth(), scope));
      r.simulation(simulation);
      r.recommendations(sim.recommendations());
      simulated = Optional.of(simulation);
      recommended = sim.recommendations();
      r.croms(croms);
      diags.addAll(VerdictChecks.budgets(wf, scope, simulation.declared()));
      diags.addAll(VerdictChecks.croms(wf, scope, croms));
    } else if (catalog.isEmpty() && !wf.steps().isEmpty()) {
      diags.addAll(VerdictChecks.noCatalog(wf, scope));
    }
    RiskStage.Result risk = RiskStage.run(wf, scope, catalog, simulated, recommended);
    diags.addAll(risk.diagnostics);
    diags.addAll(VerdictChecks.risk(wf, scope, risk.analysis));
    r.risk(risk.analysis);
    diags.addAll(VerdictChecks.score(wf, scope, score));
    diags.addAll(SpecCrossChecks.workflow(wf));
    // the artifacts are rendered from these when first read (CompileResult.artifacts())
    r.asOf(asOf.or(() -> catalog.map(ModelCatalog::asOf)));
    diags.sort(Diagnostic.ORDER);
    r.diagnostics(diags);
    r.verdict(verdict(diags));
    return r.build();
  }

  /**
   * PASS, WARN or FAIL. FAIL on any error diagnostic in the input or any broken limit (a budget,
   * the Croms maximum, or a limit that cannot be checked: {@link VerdictRule} errors); WARN on any
   * warning in the input or a structural score below the scope's minimum. The limits are reasons of
   * their own, not counted as errors or warnings in the input.
   */
  static Verdict verdict(List<Diagnostic> diags) {
    List<String> reasons = new ArrayList<>();
    long errors = 0;
    long warnings = 0;
    List<String> hard = new ArrayList<>();
    List<String> soft = new ArrayList<>();
    for (Diagnostic d : diags) {
      boolean limit = VerdictRule.isVerdictRule(d.rule());
      if (d.severity() == Severity.ERROR) {
        if (limit) {
          hard.add(VerdictChecks.reason(d));
        } else {
          errors++;
        }
      } else if (d.severity() == Severity.WARNING) {
        if (limit) {
          soft.add(VerdictChecks.reason(d));
        } else {
          warnings++;
        }
      }
    }
    if (errors > 0) {
      reasons.add(errors + (errors == 1 ? " error" : " errors") + " in the input");
    }
    reasons.addAll(hard);
    boolean fail = !reasons.isEmpty();
    if (warnings > 0) {
      reasons.add(warnings + (warnings == 1 ? " warning" : " warnings"));
    }
    reasons.addAll(soft);
    VerdictStatus status =
        fail ? VerdictStatus.FAIL : reasons.isEmpty() ? VerdictStatus.PASS : VerdictStatus.WARN;
    return Verdict.builder().status(status).reasons(reasons).build();
  }
}
