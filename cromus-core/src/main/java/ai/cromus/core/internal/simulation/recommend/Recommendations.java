package ai.cromus.core.internal.simulation.recommend;

import ai.cromus.core.internal.simulation.SimulationContext;
import ai.cromus.core.internal.simulation.plan.Candidate;
import ai.cromus.core.internal.simulation.plan.ModePicks;
import ai.cromus.core.internal.simulation.plan.Pick;
import ai.cromus.core.internal.simulation.plan.StepChoices;
import ai.cromus.core.internal.simulation.plan.StepRanking;
import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.Alternative;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Recommendation;
import ai.cromus.core.simulation.StepSimulation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A recommendation per model step and mode: the mode's pick, why, the two runners-up of other
 * models, and what the pick saves against the declared plan per run and per month.
 */
public final class Recommendations {
  private Recommendations() {}

  /** Mode by mode, step by step. */
  public static List<Recommendation> of(
      SimulationContext context,
      List<StepChoices> steps,
      ModePicks picks,
      PlanSimulation declared) {
    Map<String, StepSimulation> declaredSteps = new HashMap<>();
    declared.steps().forEach(s -> declaredSteps.putIfAbsent(s.stepId(), s));
    Reasons reasons = new Reasons(context);
    List<Recommendation> out = new ArrayList<>();
    for (CostMode mode : CostMode.values()) {
      for (StepChoices c : steps) {
        String id = c.step().id();
        Candidate chosen = picks.candidates(mode).get(id);
        if (chosen == null) {
          continue;
        }
        Pick pick = picks.picks(mode).get(id);
        Money cost = Money.usd(chosen.cost());
        Money saving = declaredSteps.get(id).cost().minus(cost);
        out.add(
            Recommendation.builder()
                .stepId(id)
                .mode(mode)
                .model(chosen.model().id())
                .channel(chosen.offer().offering().channel())
                .badge(chosen.offer().offering().badge())
                .addAllReasons(
                    reasons.of(c.step(), mode, chosen, pick.figures(), c.ranking(mode).size()))
                .addAllAlternatives(alternatives(chosen, c.ranking(mode)))
                .perRun(cost)
                .savingPerRun(saving)
                .savingPerMonth(saving.times(context.runsPerMonth()))
                .requiredTier(c.demand().need())
                .build());
      }
    }
    return out;
  }

  /**
   * The ranking's alternatives; a quality pick the budget fit moved down has its own, from the
   * whole ranking.
   */
  private static List<Alternative> alternatives(Candidate chosen, StepRanking ranking) {
    List<Candidate> alternatives =
        ranking.pick().orElseThrow().equals(chosen)
            ? ranking.alternatives()
            : StepRanking.alternatives(chosen, ranking.whole());
    List<Alternative> out = new ArrayList<>();
    for (Candidate p : alternatives) {
      out.add(
          Alternative.builder()
              .model(p.model().id())
              .channel(p.offer().offering().channel())
              .badge(p.offer().offering().badge())
              .perRun(Money.usd(p.cost()))
              .build());
    }
    return out;
  }
}
