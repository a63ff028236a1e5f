package ai.cromus.core.internal.simulation.plan;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.ImmutableDiagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.internal.simulation.SimulationContext;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.SimulationRule;
import ai.cromus.core.workflow.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SIM-NO-MODEL-IN-SCOPE for each model step that some mode cannot place: a warning when the
 * workflow's own mode (the scope's, else the workflow's, else balanced) is among them, else
 * information.
 */
public final class Infeasibility {
  private Infeasibility() {}

  public static List<Diagnostic> report(
      SimulationContext context, Map<CostMode, Map<String, Candidate>> picks) {
    CostMode own = context.scope().mode().or(context.workflow()::mode).orElse(CostMode.BALANCED);
    List<Diagnostic> out = new ArrayList<>();
    for (Step s : context.modelSteps()) {
      List<String> missing = new ArrayList<>();
      for (CostMode m : CostMode.values()) {
        if (!picks.get(m).containsKey(s.id())) {
          missing.add(m.id());
        }
      }
      if (missing.isEmpty()) {
        continue;
      }
      Diagnostic d =
          Diagnostic.of(
              SimulationRule.NO_MODEL_IN_SCOPE,
              context.at(s),
              "No model the scope allows meets step '"
                  + s.id()
                  + "' ("
                  + context.tierOf(s).id()
                  + " tier) in mode "
                  + String.join(", ", missing)
                  + ".",
              "Enable more channels or loosen the gates; open_source needs an open-weights model"
                  + " of the step's tier.");
      out.add(
          missing.contains(own.id())
              ? d
              : ImmutableDiagnostic.copyOf(d).withSeverity(Severity.INFO));
    }
    return out;
  }
}
