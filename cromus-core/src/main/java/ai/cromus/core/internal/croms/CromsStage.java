package ai.cromus.core.internal.croms;

import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.croms.Croms;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.internal.simulation.SimulationOutcome;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * The Croms stage: preventable waste in the workflow and its simulated declared plan. Each family
 * of findings reads the same {@link CromsInput}; each finding carries the dollars a month and
 * seconds a run its fix saves. {@link CromsScore} turns the findings into dimension scores, the
 * total and the label; {@link WasteCap} into dollars a month without double counting.
 */
public final class CromsStage {
  /** The finding families, in the order their findings are reported. */
  private static final List<FindingFamily> FAMILIES =
      List.of(
          new CostFindings(),
          new LoopContextFindings(),
          new LatencyFindings(),
          new FailureFindings(),
          new StructuralFindings(),
          new EthicsFindings());

  private CromsStage() {}

  /** Croms of a workflow from its simulation. */
  public static Croms analyse(
      Workflow workflow, Scope scope, ModelCatalog catalog, SimulationOutcome simulation) {
    CromsInput in = CromsInput.of(workflow, scope, catalog, simulation);
    List<CromsFinding> findings = new ArrayList<>();
    for (FindingFamily family : FAMILIES) {
      findings.addAll(family.find(in));
    }
    Money waste = WasteCap.of(findings, in::stepMonthly);
    return CromsScore.of(findings, EthicsFindings.multiplier(workflow), in.declared(), waste);
  }
}
