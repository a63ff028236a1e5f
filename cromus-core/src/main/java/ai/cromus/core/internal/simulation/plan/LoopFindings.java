package ai.cromus.core.internal.simulation.plan;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.simulation.SimulationContext;
import ai.cromus.core.internal.simulation.pricing.CandidatePricing;
import ai.cromus.core.internal.simulation.pricing.Offers;
import ai.cromus.core.internal.simulation.pricing.StepDemand;
import ai.cromus.core.internal.simulation.pricing.StepFit;
import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.SimulationRule;
import ai.cromus.core.workflow.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The findings of agent loops: a loop without a bound on its turns (with the cost of each extra
 * turn on the model the declared plan runs it on), and a loop that outgrows a requested model's
 * context window.
 */
public final class LoopFindings {
  private LoopFindings() {}

  /** The unbounded-loop findings of the declared plan's picks. */
  public static List<Diagnostic> of(
      SimulationContext context, CandidatePricing pricing, Map<String, Pick> declared) {
    List<Diagnostic> out = new ArrayList<>();
    for (Step s : context.modelSteps()) {
      Pick pick = declared.get(s.id());
      if (!s.unboundedTurns() || pick == null) {
        continue;
      }
      StepDemand d = StepDemand.of(s, context.tierOf(s), context.failureRates());
      var offer = Offers.named(context.catalog(), context.filter(), pick.model(), pick.offering());
      Money extra =
          Money.usd(
              pricing
                  .cost(d.withTurns(d.turns() + 1), offer, false, List.of())
                  .subtract(pricing.cost(d, offer, false, List.of())));
      out.add(
          Diagnostic.of(
              SimulationRule.LOOP_UNBOUNDED,
              context.at(s),
              "Step '"
                  + s.id()
                  + "' is an agent loop with no bound on its turns; it is priced at "
                  + StepDemand.DEFAULT_TURNS
                  + " turns, and each extra turn costs about "
                  + extra.display()
                  + " a run on "
                  + pick.model().id()
                  + ".",
              "State the most turns the loop may take, e.g. 'turns: 5'."));
    }
    return out;
  }

  /** The finding of a requested model whose context window a step's loop outgrows. */
  static Diagnostic overflow(SourceLocation at, Step s, Model m, Offering o) {
    long context = o.contextWindow().orElse(m.contextWindow());
    return Diagnostic.of(
        SimulationRule.CONTEXT_OVERFLOW,
        at,
        "Step '"
            + s.id()
            + "' is an agent loop of "
            + StepDemand.turnsOf(s)
            + " turns whose last turn needs "
            + (StepFit.lastTurnPrompt(s) + s.outputTokens().tokens())
            + " tokens, beyond the "
            + context
            + "-token context window of "
            + m.id()
            + "; the model cannot run it.",
        "Lower the turns, compact the conversation between turns, or use a model with a larger"
            + " context window.");
  }
}
