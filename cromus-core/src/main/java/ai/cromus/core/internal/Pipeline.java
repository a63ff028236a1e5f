package ai.cromus.core.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.ImmutableCompileResult;
import ai.cromus.core.Limits;
import ai.cromus.core.Verdict;
import ai.cromus.core.VerdictStatus;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.croms.Croms;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.internal.croms.CromsAnalysis;
import ai.cromus.core.internal.graph.GraphCheck;
import ai.cromus.core.internal.graph.WorkflowGraph;
import ai.cromus.core.internal.score.StructuralScorer;
import ai.cromus.core.internal.simulation.Simulator;
import ai.cromus.core.internal.simulation.Tcwo;
import ai.cromus.core.internal.spec.SpecCrossChecks;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.score.StructuralScore;
import ai.cromus.core.simulation.ImmutableSimulation;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Workflow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The compile pipeline: each stage a pure function of its inputs (DESIGN.md §1). Stateless apart
 * from its configuration; safe to share between threads.
 */
public final class Pipeline {
  private final Optional<ModelCatalog> catalog;
  private final Limits limits;
  private final Optional<LocalDate> asOf;
  private final String version;

  public Pipeline(
      Optional<ModelCatalog> catalog, Limits limits, Optional<LocalDate> asOf, String version) {
    this.catalog = catalog;
    this.limits = limits;
    this.asOf = asOf;
    this.version = version;
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
    StructuralScore score = StructuralScorer.score(wf, graph);
    ImmutableCompileResult.Builder r =
        ImmutableCompileResult.builder()
            .cromusVersion(version)
            .workflow(wf)
            .scope(scope)
            .structuralScore(score);
    catalog.ifPresent(c -> r.catalogVersion(c.version()));
    List<String> hard = new ArrayList<>();
    if (catalog.isPresent() && !wf.steps().isEmpty()) {
      ModelCatalog c = catalog.get();
      Simulator.Result sim = Simulator.run(wf, scope, c, asOf.orElse(c.asOf()));
      diags.addAll(sim.diagnostics);
      Croms croms = CromsAnalysis.analyse(wf, scope, c, sim);
      ai.cromus.core.simulation.Simulation simulation =
          ImmutableSimulation.copyOf(sim.simulation)
              .withTcwo(Tcwo.of(sim.simulation, croms.wasteUsdPerMonth(), scope));
      r.simulation(simulation);
      r.recommendations(sim.recommendations);
      r.croms(croms);
      hard.addAll(sim.budgetBreaches);
      scope
          .thresholds()
          .cromsMax()
          .filter(max -> croms.total().compareTo(max) > 0)
          .ifPresent(
              max ->
                  hard.add(
                      "Croms "
                          + croms.total().toPlainString()
                          + " is above the maximum of "
                          + max.toPlainString()));
    }
    diags.addAll(SpecCrossChecks.workflow(wf));
    // the artifacts are rendered from these when first read (CompileResult.artifacts())
    r.asOf(asOf.or(() -> catalog.map(ModelCatalog::asOf)));
    diags.sort(Diagnostic.ORDER);
    r.diagnostics(diags);
    r.verdict(verdict(diags, score, scope, hard));
    return r.build();
  }

  /**
   * PASS, WARN or FAIL. FAIL on any error diagnostic or any hard reason (a broken budget or Croms
   * threshold); WARN on any warning or a structural score below the scope's minimum.
   */
  static Verdict verdict(
      List<Diagnostic> diags, StructuralScore score, Scope scope, List<String> hardFailures) {
    List<String> reasons = new ArrayList<>();
    long errors = diags.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = diags.stream().filter(d -> d.severity() == Severity.WARNING).count();
    if (errors > 0) {
      reasons.add(errors + (errors == 1 ? " error" : " errors") + " in the input");
    }
    reasons.addAll(hardFailures);
    boolean fail = !reasons.isEmpty();
    if (warnings > 0) {
      reasons.add(warnings + (warnings == 1 ? " warning" : " warnings"));
    }
    if (scope.thresholds().scoreMin().isPresent()
        && score.overall() < scope.thresholds().scoreMin().getAsInt()) {
      reasons.add(
          "structural score "
              + score.overall()
              + " is below the minimum of "
              + scope.thresholds().scoreMin().getAsInt());
    }
    VerdictStatus status =
        fail ? VerdictStatus.FAIL : reasons.isEmpty() ? VerdictStatus.PASS : VerdictStatus.WARN;
    return Verdict.builder().status(status).reasons(reasons).build();
  }
}
