package ai.cromus.core.internal.simulation.plan;

import ai.cromus.core.internal.simulation.pricing.Figures;
import ai.cromus.core.internal.simulation.pricing.StepDemand;
import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.CostRange;
import ai.cromus.core.simulation.ImmutableStepSimulation;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import java.util.List;

/** The public simulation of one step, from its figures. */
final class StepSimulations {
  private StepSimulations() {}

  /** The simulation of a step without a model (one that calls none, or has no pick). */
  static StepSimulation of(Step s, CapabilityTier need, Figures f) {
    return builder(s, need, f).build();
  }

  /**
   * Everything but the model: the step's sizes, the tier it needs (model steps), its figures and
   * notes.
   */
  static ImmutableStepSimulation.Builder builder(Step s, CapabilityTier need, Figures f) {
    boolean estimated = !s.inputTokens().declared() || !s.outputTokens().declared();
    var b =
        StepSimulation.builder()
            .stepId(s.id())
            .inputTokens(s.inputTokens().tokens())
            .outputTokens(s.outputTokens().tokens())
            .estimated(estimated);
    List<String> notes = f.allNotes();
    if (s.kind() == StepKind.LLM) {
      b.requiredTier(need);
      if (estimated) {
        notes.add(
            "token sizes estimated ("
                + (s.inputTokens().declared()
                    ? s.outputTokens().method()
                    : s.inputTokens().method())
                + ")");
      }
    }
    if (f.high().compareTo(f.low()) != 0) {
      b.costRange(CostRange.of(Money.usd(f.low()), Money.usd(f.cost()), Money.usd(f.high())));
    }
    if (f.fees().signum() > 0) {
      b.fees(Money.usd(f.fees()));
    }
    if (s.kind() == StepKind.LLM && (s.turns().isPresent() || s.unboundedTurns())) {
      b.turns(StepDemand.turnsOf(s));
    }
    return b.reasoningTokens(f.reasoning())
        .cost(Money.usd(f.cost()))
        .retryCost(Money.usd(f.retryCost()))
        .latencySeconds(f.latency())
        .failureProbability(f.failure())
        .batch(f.batch())
        .cached(f.cached())
        .expectedCalls(f.calls())
        .addAllNotes(notes);
  }
}
