package ai.cromus.core.internal.simulation.plan;

import ai.cromus.core.internal.simulation.pricing.Figures;
import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import java.util.List;
import java.util.Optional;

/** The public simulation of one step, from its figures and its pick. */
final class StepSimulations {
  private StepSimulations() {}

  /**
   * @param need the capability tier the step needs (shown for model steps)
   * @param pick the model the step runs on; empty for a step without one
   */
  static StepSimulation of(Step s, CapabilityTier need, Optional<Pick> pick, Figures f) {
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
      pick.ifPresent(
          p ->
              b.model(p.model().id())
                  .modelOrigin(p.origin())
                  .channel(p.offering().channel())
                  .badge(p.offering().badge()));
      if (estimated) {
        notes.add(
            "token sizes estimated ("
                + (s.inputTokens().declared()
                    ? s.outputTokens().method()
                    : s.inputTokens().method())
                + ")");
      }
    }
    return b.reasoningTokens(f.reasoning())
        .cost(Money.usd(f.cost()))
        .retryCost(Money.usd(f.retryCost()))
        .latencySeconds(f.latency())
        .failureProbability(f.failure())
        .batch(f.batch())
        .cached(f.cached())
        .expectedCalls(f.calls())
        .addAllNotes(notes)
        .build();
  }
}
