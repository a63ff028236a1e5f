package ai.cromus.core.internal.simulation.plan;

import ai.cromus.core.internal.simulation.latency.Fastest;
import ai.cromus.core.internal.simulation.pricing.Fallback;
import ai.cromus.core.internal.simulation.pricing.StepDemand;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.workflow.Step;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The choices of one model step: its demand, the fallbacks its declared plan is priced with, its
 * ranking under each mode, and (with a latency budget) the fastest candidate that meets its tier.
 */
public record StepChoices(
    Step step,
    StepDemand demand,
    List<Fallback> declaredFallbacks,
    Map<CostMode, StepRanking> rankings,
    Optional<Fastest> fastest) {

  public StepRanking ranking(CostMode mode) {
    return rankings.get(mode);
  }
}
