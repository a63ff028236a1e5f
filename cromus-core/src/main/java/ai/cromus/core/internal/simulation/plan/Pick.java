package ai.cromus.core.internal.simulation.plan;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.internal.simulation.pricing.Figures;
import ai.cromus.core.simulation.ModelOrigin;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Step;

/**
 * The model a plan runs one model step on, who chose it, the step's figures on it, and the step's
 * simulation as every plan that picks it shows it.
 */
public record Pick(
    Model model,
    Offering offering,
    ModelOrigin origin,
    Figures figures,
    StepSimulation simulation) {

  /** The pick of {@code m} on {@code o} for step {@code s}, which needs {@code need}. */
  public static Pick of(
      Step s, CapabilityTier need, Model m, Offering o, ModelOrigin origin, Figures f) {
    StepSimulation simulation =
        StepSimulations.builder(s, need, f)
            .model(m.id())
            .modelOrigin(origin)
            .channel(o.channel())
            .badge(o.badge())
            .build();
    return new Pick(m, o, origin, f, simulation);
  }
}
