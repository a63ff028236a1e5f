package ai.cromus.core.internal.simulation;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.simulation.latency.Fastest;
import ai.cromus.core.simulation.Recommendation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.workflow.CapabilityTier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the simulation stage hands on: immutable values only.
 *
 * @param simulation the plans, the matrix and the baseline (TCWO follows once Croms has run)
 * @param recommendations a recommendation per model step and mode
 * @param diagnostics what was wrong with the models the workflow names, and the steps no model in
 *     scope can run
 * @param stepTiers the capability tier each model step needs, by step id
 * @param budgetBreaches the budgets the declared plan breaks, one sentence each
 * @param fastest for each model step with a latency budget, the fastest allowed candidate that
 *     meets its tier, by step id
 */
public record SimulationOutcome(
    Simulation simulation,
    List<Recommendation> recommendations,
    List<Diagnostic> diagnostics,
    Map<String, CapabilityTier> stepTiers,
    List<String> budgetBreaches,
    Map<String, Fastest> fastest) {

  public SimulationOutcome {
    recommendations = List.copyOf(recommendations);
    diagnostics = List.copyOf(diagnostics);
    stepTiers = Collections.unmodifiableMap(new LinkedHashMap<>(stepTiers));
    budgetBreaches = List.copyOf(budgetBreaches);
    fastest = Collections.unmodifiableMap(new LinkedHashMap<>(fastest));
  }
}
