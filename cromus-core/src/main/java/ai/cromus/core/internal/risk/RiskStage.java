package ai.cromus.core.internal.risk;

import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.graph.WorkflowGraph;
import ai.cromus.core.internal.simulation.SimulationContext;
import ai.cromus.core.risk.RiskAnalysis;
import ai.cromus.core.risk.RiskFinding;
import ai.cromus.core.risk.RiskLevel;
import ai.cromus.core.risk.RiskRule;
import ai.cromus.core.risk.StepRisk;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.Recommendation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.spec.EthosProfile;
import ai.cromus.core.spec.EthosProfiles;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The risk stage: a pure function of the workflow graph, the scope and (for the data rules of the
 * plans) the simulation. It infers what each step may do and reads, follows the paths of the graph,
 * applies the rules ({@link ActionRules}, {@link DataRules}, {@link EthosRules}) and ranks the
 * findings: highest level first, then in step order, then by rule.
 */
public final class RiskStage {
  /** What the stage produces: the analysis and its diagnostics. */
  public static final class Result {
    public final RiskAnalysis analysis;
    public final List<Diagnostic> diagnostics;

    Result(RiskAnalysis analysis, List<Diagnostic> diagnostics) {
      this.analysis = analysis;
      this.diagnostics = diagnostics;
    }
  }

  private RiskStage() {}

  /** The risk of a workflow under a scope, without plans to check (no catalog, no simulation). */
  public static Result run(Workflow w, Scope scope) {
    return run(w, scope, Optional.empty(), Optional.empty(), List.of());
  }

  /** The risk of a workflow under a scope, checking the plans of the simulation when given. */
  public static Result run(
      Workflow w,
      Scope scope,
      Optional<ModelCatalog> catalog,
      Optional<Simulation> simulation,
      List<Recommendation> recommendations) {
    List<StepFacts> facts = new ArrayList<>(w.steps().size());
    for (Step s : w.steps()) {
      facts.add(new StepFacts(s, w));
    }
    RiskGraph graph = new RiskGraph(new WorkflowGraph(w), facts);
    long runs =
        simulation
            .map(Simulation::runsPerMonth)
            .orElseGet(() -> SimulationContext.runsPerMonth(w, scope));
    List<RiskFinding> findings = new ArrayList<>(new ActionRules(facts, graph, runs).findings());
    DataRules data =
        new DataRules(w, scope, catalog.orElse(null)).check(simulation, recommendations);
    findings.addAll(data.findings);
    w.ethos()
        .flatMap(EthosProfiles::find)
        .ifPresent(p -> findings.addAll(new EthosRules(p, facts, graph).findings()));
    findings.sort(order(w));
    List<Diagnostic> diags = inferences(w, facts);
    diags.addAll(data.diagnostics);
    return new Result(analysis(facts, graph, findings, scope), diags);
  }

  /**
   * The findings of an ETHOS profile (a custom one read from an ETHOS.md, say) against a workflow:
   * what {@code risk()} reports for the profile the workflow names, for any profile.
   */
  public static List<RiskFinding> ethos(EthosProfile profile, Workflow w) {
    List<StepFacts> facts = new ArrayList<>(w.steps().size());
    for (Step s : w.steps()) {
      facts.add(new StepFacts(s, w));
    }
    RiskGraph graph = new RiskGraph(new WorkflowGraph(w), facts);
    List<RiskFinding> out = new ArrayList<>(new EthosRules(profile, facts, graph).findings());
    out.sort(order(w));
    return out;
  }

  private static Comparator<RiskFinding> order(Workflow w) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < w.steps().size(); i++) {
      index.putIfAbsent(w.steps().get(i).id(), i);
    }
    return Comparator.comparing(RiskFinding::level)
        .reversed()
        .thenComparingInt(f -> f.step().map(id -> index.getOrDefault(id, -1)).orElse(-1))
        .thenComparing(RiskFinding::rule)
        .thenComparing(f -> f.field().orElse(""))
        .thenComparing(RiskFinding::message);
  }

  private static RiskAnalysis analysis(
      List<StepFacts> facts, RiskGraph graph, List<RiskFinding> findings, Scope scope) {
    Map<String, RiskLevel> byStep = new HashMap<>();
    RiskLevel level = RiskLevel.NONE;
    for (RiskFinding f : findings) {
      level = RiskLevel.max(level, f.level());
      f.step().ifPresent(id -> byStep.merge(id, f.level(), RiskLevel::max));
    }
    List<StepRisk> steps = new ArrayList<>(facts.size());
    for (int i = 0; i < facts.size(); i++) {
      StepFacts f = facts.get(i);
      steps.add(
          StepRisk.builder()
              .step(f.id())
              .level(byStep.getOrDefault(f.id(), RiskLevel.NONE))
              .effect(f.effect())
              .effectInferred(f.effect.inferred())
              .untrusted(f.untrusted())
              .trustInferred(f.trust.inferred())
              .data(f.data)
              .approvedBefore(graph.approval(i) == RiskGraph.Approval.ALWAYS)
              .build());
    }
    return RiskAnalysis.builder()
        .level(level)
        .maximum(scope.thresholds().riskMax())
        .steps(steps)
        .findings(findings)
        .build();
  }

  /** {@code RISK-INFER-EFFECT} and {@code RISK-INFER-TRUST}, one per step and inference. */
  private static List<Diagnostic> inferences(Workflow w, List<StepFacts> facts) {
    List<Diagnostic> out = new ArrayList<>();
    for (StepFacts f : facts) {
      SourceLocation at =
          SourceLocation.of(w.source(), f.step.position().line(), f.step.position().column());
      if (f.effect.inferred()) {
        String e = f.effect().get().id();
        out.add(
            Diagnostic.of(
                RiskRule.INFER_EFFECT,
                at,
                "Step '" + f.id() + "' is taken as effect '" + e + "' from " + f.effect.why() + ".",
                "Add '- effect: " + e + "' (or the right effect) to pin it down."));
      }
      if (f.trust.inferred()) {
        out.add(
            Diagnostic.of(
                RiskRule.INFER_TRUST,
                at,
                "Step '" + f.id() + "' is taken to read untrusted content: " + f.trust.why() + ".",
                "Add '- trust: untrusted' to confirm it, or '- trust: trusted' if the company"
                    + " controls that content."));
      }
    }
    return out;
  }
}
