package ai.cromus.core.internal.croms;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.croms.CromsDimension;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.croms.CromsRule;
import ai.cromus.core.internal.scope.ScopeFilter;
import ai.cromus.core.internal.simulation.FailureRates;
import ai.cromus.core.internal.simulation.pricing.CandidatePricing;
import ai.cromus.core.internal.simulation.pricing.Offer;
import ai.cromus.core.internal.simulation.pricing.Offers;
import ai.cromus.core.internal.simulation.pricing.StepDemand;
import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Agent loops that re-send their whole conversation every turn ({@code CROMS-COST-LOOP-CONTEXT}):
 * on the model the declared plan runs a loop on, the loop is priced as it is, compacted (each turn
 * sends the input and only the last turn's output and tool result, {@code I + (O + R)}, a summary
 * in place of the history) and, when it declares no cache, with its first prompt cached; the larger
 * saving a month is the finding's (docs/simulation.md §2.9).
 */
final class LoopContextFindings implements FindingFamily {
  @Override
  public List<CromsFinding> find(CromsInput in) {
    List<CromsFinding> out = new ArrayList<>();
    CandidatePricing pricing = new CandidatePricing(new FailureRates(in.scope()), in.runs());
    ScopeFilter filter = new ScopeFilter(in.scope(), in.catalog());
    for (int i = 0; i < in.steps().size(); i++) {
      Step s = in.steps().get(i);
      Optional<StepSimulation> sim = in.declaredSteps().get(i);
      if (StepDemand.turnsOf(s) < 2 || sim.isEmpty() || sim.get().model().isEmpty()) {
        continue;
      }
      Optional<Model> m = in.catalog().find(sim.get().model().get());
      Optional<Offering> o = m.flatMap(x -> x.offering(sim.get().channel().orElse("")));
      if (o.isEmpty() || o.get().pricing().isEmpty()) {
        continue;
      }
      Offer offer = Offers.named(in.catalog(), filter, m.get(), o.get());
      CapabilityTier need = sim.get().requiredTier().orElse(CapabilityTier.BALANCED);
      StepDemand d = StepDemand.of(s, need, new FailureRates(in.scope()));
      BigDecimal now = pricing.cost(d, offer, false, List.of());
      BigDecimal compact = now.subtract(pricing.cost(d.asCompacted(), offer, false, List.of()));
      BigDecimal cache =
          s.cache().isPresent()
              ? BigDecimal.ZERO
              : now.subtract(pricing.cost(d.withCache(d.prompt()), offer, false, List.of()));
      BigDecimal best = compact.max(cache);
      if (best.signum() > 0) {
        out.add(finding(in, s, Money.usd(compact), Money.usd(cache), best));
      }
    }
    return out;
  }

  private static CromsFinding finding(
      CromsInput in, Step s, Money compact, Money cache, BigDecimal best) {
    Money perMonth = Money.usd(best).times(in.runs());
    List<String> fixes = new ArrayList<>();
    if (compact.amount().signum() > 0) {
      fixes.add(
          "keep a summary instead of the whole history between turns (saves "
              + compact.times(in.runs()).display(2)
              + " a month)");
    }
    if (cache.amount().signum() > 0) {
      fixes.add(
          "declare 'cache: conversation, "
              + s.inputTokens().tokens()
              + " tokens' so that each turn reads what the turn before sent (saves "
              + cache.times(in.runs()).display(2)
              + " a month)");
    }
    return FindingFamily.finding(
            CromsRule.COST_LOOP_CONTEXT,
            Optional.of(CromsDimension.COST),
            in.costSeverity(perMonth),
            List.of(s.id()))
        .usdPerMonth(perMonth)
        .message(
            "Step '"
                + s.id()
                + "' is an agent loop of "
                + StepDemand.turnsOf(s)
                + " turns that re-sends its whole conversation every turn.")
        .fix("On step '" + s.id() + "': " + String.join("; or ", fixes) + ".")
        .build();
  }
}
