package ai.cromus.core.internal.simulation.recommend;

import ai.cromus.core.internal.simulation.SimulationContext;
import ai.cromus.core.internal.simulation.StepTiers;
import ai.cromus.core.internal.simulation.plan.Candidate;
import ai.cromus.core.internal.simulation.pricing.Figures;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.workflow.Step;
import java.util.ArrayList;
import java.util.List;

/** Why a mode picks a model for a step, one sentence per reason. */
final class Reasons {
  private final SimulationContext context;

  Reasons(SimulationContext context) {
    this.context = context;
  }

  /**
   * @param figures the pick's figures (batch, cache)
   * @param count the candidates the mode ranked
   */
  List<String> of(Step s, CostMode mode, Candidate p, Figures figures, int count) {
    List<String> r = new ArrayList<>();
    StepTiers.Classified c = context.tiers().get(s.id());
    r.add(
        "the step needs "
            + c.tier().id()
            + " ("
            + c.reason()
            + "); "
            + p.model().id()
            + " is "
            + p.capabilityTier().id());
    r.add(policy(mode, p, count));
    r.add(p.offer().offering().badge().label());
    Scope scope = context.scope();
    if (!scope.tiers().isEmpty()) {
      int rank = context.filter().tierRank(p.ecosystemTier());
      r.add(
          rank < scope.tiers().size()
              ? "ecosystem tier " + p.ecosystemTier().id() + " is preference #" + (rank + 1)
              : "ecosystem tier " + p.ecosystemTier().id() + " is not among the preferred tiers");
    }
    if (!scope.gates().allow().isEmpty()
        || !scope.gates().deny().isEmpty()
        || !scope.gates().require().isEmpty()) {
      r.add("passes the scope's gates");
    }
    if (figures.batch()) {
      r.add("batch prices (the step allows batch)");
    }
    if (figures.cached()) {
      r.add("prompt cache for the step's prefix");
    }
    return r;
  }

  /** The mode's policy, as it applied to this pick. */
  private String policy(CostMode mode, Candidate p, int count) {
    return switch (mode) {
      case ECO ->
          "eco: the cheapest of "
              + count
              + " allowed offerings that meet the tier, with batch and caching where the step"
              + " permits";
      case COST ->
          "cost: the cheapest of "
              + count
              + " allowed offerings that meet the tier, at interactive prices";
      case BALANCED ->
          "balanced: the best quality per dollar at the step's tier (quality "
              + p.quality().toPlainString()
              + (p.model().quality().isPresent()
                  ? ", " + p.model().quality().get().source()
                  : ", tier default")
              + ")";
      case QUALITY ->
          "quality: the strongest allowed model"
              + (context.budgets().any()
                  ? " that keeps the plan within budget where possible"
                  : "");
      default ->
          "open_source: open weights ("
              + p.model().license()
              + "), best quality per dollar at the step's tier";
    };
  }
}
