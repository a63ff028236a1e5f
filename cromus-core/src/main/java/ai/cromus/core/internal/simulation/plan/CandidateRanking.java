package ai.cromus.core.internal.simulation.plan;

import ai.cromus.core.internal.simulation.SimulationContext;
import ai.cromus.core.internal.simulation.latency.Fastest;
import ai.cromus.core.internal.simulation.pricing.CandidatePricing;
import ai.cromus.core.internal.simulation.pricing.Fallback;
import ai.cromus.core.internal.simulation.pricing.Fallbacks;
import ai.cromus.core.internal.simulation.pricing.Offer;
import ai.cromus.core.internal.simulation.pricing.SizeBound;
import ai.cromus.core.internal.simulation.pricing.StepDemand;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The candidates of one model step and their ranking under each mode: every offer the scope allows
 * that fits the step is priced (twice, interactive and batch, when the step allows batch), sorted
 * cheapest first, and ranked by each mode's policy ({@link ModePolicy}).
 */
public final class CandidateRanking {
  private final SimulationContext context;
  private final CandidatePricing pricing;
  private final ModePolicy policy;

  public CandidateRanking(SimulationContext context, CandidatePricing pricing) {
    this.context = context;
    this.pricing = pricing;
    this.policy = new ModePolicy(context.filter());
  }

  /** The choices of model step {@code s}. */
  public StepChoices choices(Step s) {
    CapabilityTier need = context.tierOf(s);
    StepDemand demand = StepDemand.of(s, need, context.failureRates());
    List<Fallback> declared =
        Fallbacks.resolve(s, need, context.catalog(), context.filter(), false);
    List<Fallback> forModes = Fallbacks.resolve(s, need, context.catalog(), context.filter(), true);
    List<Candidate> interactive = policy.cheapestFirst(candidates(demand, false, forModes));
    List<Candidate> batch =
        s.batchAllowed() ? policy.cheapestFirst(candidates(demand, true, forModes)) : interactive;
    Map<CostMode, StepRanking> rankings = new EnumMap<>(CostMode.class);
    Optional<Fastest> fastest = Optional.empty();
    for (CostMode mode : CostMode.values()) {
      List<Candidate> ranked =
          ModePolicy.rank(mode, need, mode == CostMode.ECO ? batch : interactive);
      if (mode == CostMode.COST && s.latencyBudgetSeconds().isPresent()) {
        fastest = fastest(demand, ranked);
      }
      boolean keepWhole = mode == CostMode.QUALITY && context.budgets().any();
      rankings.put(mode, StepRanking.of(mode, ranked, context.enabledTiers(), keepWhole));
    }
    return new StepChoices(s, demand, declared, Collections.unmodifiableMap(rankings), fastest);
  }

  /** Every offer the scope allows that fits the step, priced. */
  private List<Candidate> candidates(StepDemand d, boolean batch, List<Fallback> fallbacks) {
    List<Candidate> out = new ArrayList<>();
    for (Offer o : context.allowed()) {
      if (context.fits(d.step(), o.model(), o.offering())) {
        BigDecimal cost = pricing.cost(d, o, batch, fallbacks);
        BigDecimal high =
            d.ranged() && context.budgets().judgesHigh()
                ? pricing.cost(d.at(SizeBound.HIGH), o, batch, fallbacks)
                : cost;
        out.add(new Candidate(o, batch, fallbacks, cost, high));
      }
    }
    return out;
  }

  /** The lowest latency of a ranking in cheapest-first order; ties go to the cheaper. */
  private Optional<Fastest> fastest(StepDemand d, List<Candidate> cheapestFirst) {
    Fastest best = null;
    for (Candidate c : cheapestFirst) {
      BigDecimal seconds = pricing.figures(d, c.offer(), c.batch(), c.fallbacks()).latency();
      if (best == null || seconds.compareTo(best.seconds()) < 0) {
        best = new Fastest(c.model().id(), c.offer().offering().channel(), seconds);
      }
    }
    return Optional.ofNullable(best);
  }
}
