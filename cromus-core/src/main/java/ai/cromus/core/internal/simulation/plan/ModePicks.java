package ai.cromus.core.internal.simulation.plan;

import ai.cromus.core.internal.simulation.SimulationContext;
import ai.cromus.core.internal.simulation.pricing.CandidatePricing;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.ModelOrigin;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each mode's pick per model step: the head of the step's ranking under the mode; for quality,
 * stepped down to fit the budgets when there are any ({@link QualityBudgetFit}).
 *
 * @param candidates by mode, the chosen candidate of each step that has one, in step order
 * @param picks the same with their figures, as the mode's plan runs them
 */
public record ModePicks(
    Map<CostMode, Map<String, Candidate>> candidates, Map<CostMode, Map<String, Pick>> picks) {

  public static ModePicks of(
      SimulationContext context, CandidatePricing pricing, List<StepChoices> steps) {
    Map<String, StepChoices> byId = new HashMap<>();
    steps.forEach(c -> byId.put(c.step().id(), c));
    Map<CostMode, Map<String, Candidate>> candidates = new EnumMap<>(CostMode.class);
    Map<CostMode, Map<String, Pick>> picks = new EnumMap<>(CostMode.class);
    // a candidate several modes choose is priced once: its pick is the same in every plan
    IdentityHashMap<Candidate, Pick> priced = new IdentityHashMap<>();
    for (CostMode mode : CostMode.values()) {
      Map<String, Candidate> chosen = chosen(context, steps, mode);
      Map<String, Pick> modePicks = new LinkedHashMap<>();
      chosen.forEach(
          (id, c) ->
              modePicks.put(id, priced.computeIfAbsent(c, x -> pick(pricing, byId.get(id), x))));
      candidates.put(mode, Collections.unmodifiableMap(chosen));
      picks.put(mode, Collections.unmodifiableMap(modePicks));
    }
    return new ModePicks(
        Collections.unmodifiableMap(candidates), Collections.unmodifiableMap(picks));
  }

  private static Pick pick(CandidatePricing pricing, StepChoices step, Candidate c) {
    return Pick.of(
        step.step(),
        step.demand().need(),
        c.model(),
        c.offer().offering(),
        ModelOrigin.MODE,
        pricing.figures(step.demand(), c.offer(), c.batch(), c.fallbacks()));
  }

  private static Map<String, Candidate> chosen(
      SimulationContext context, List<StepChoices> steps, CostMode mode) {
    Map<String, Candidate> picks = new LinkedHashMap<>();
    for (StepChoices c : steps) {
      c.ranking(mode).pick().ifPresent(p -> picks.put(c.step().id(), p));
    }
    if (mode != CostMode.QUALITY || !context.budgets().any()) {
      return picks;
    }
    Map<String, List<Candidate>> rankings = new LinkedHashMap<>();
    steps.forEach(c -> rankings.put(c.step().id(), c.ranking(mode).whole()));
    return QualityBudgetFit.fit(rankings, picks, context.budgets(), context.runsPerMonth());
  }

  public Map<String, Candidate> candidates(CostMode mode) {
    return candidates.get(mode);
  }

  public Map<String, Pick> picks(CostMode mode) {
    return picks.get(mode);
  }
}
