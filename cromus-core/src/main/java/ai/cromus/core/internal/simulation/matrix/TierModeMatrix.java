package ai.cromus.core.internal.simulation.matrix;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.internal.simulation.SimulationContext;
import ai.cromus.core.internal.simulation.plan.Candidate;
import ai.cromus.core.internal.simulation.plan.ModePolicy;
import ai.cromus.core.internal.simulation.plan.QualityBudgetFit;
import ai.cromus.core.internal.simulation.plan.StepChoices;
import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.MatrixCell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ecosystem-tier × mode matrix: for each enabled ecosystem tier and each mode, the plan that
 * keeps every model step on that tier's channels, each step on the first candidate of its ranking
 * there (the quality plan fitted to the budgets as in the plan itself). A cell is infeasible when
 * some model step has no candidate on the tier.
 */
public final class TierModeMatrix {
  private TierModeMatrix() {}

  public static List<MatrixCell> cells(SimulationContext context, List<StepChoices> steps) {
    List<MatrixCell> cells = new ArrayList<>();
    for (EcosystemTier tier : context.enabledTiers()) {
      for (CostMode mode : CostMode.values()) {
        Optional<BigDecimal> perRun =
            mode == CostMode.QUALITY && context.budgets().any()
                ? fittedQuality(context, steps, tier)
                : firstOnTier(steps, mode, tier);
        Money run = perRun.map(Money::usd).orElse(Money.ZERO);
        cells.add(
            MatrixCell.builder()
                .tier(tier)
                .mode(mode)
                .perRun(run)
                .perMonth(run.times(context.runsPerMonth()))
                .feasible(perRun.isPresent())
                .build());
      }
    }
    return cells;
  }

  /** The cost of a run with each step on its first candidate on the tier; empty if one has none. */
  private static Optional<BigDecimal> firstOnTier(
      List<StepChoices> steps, CostMode mode, EcosystemTier tier) {
    BigDecimal sum = BigDecimal.ZERO;
    for (StepChoices c : steps) {
      Candidate first = c.ranking(mode).firstOnTier().get(tier);
      if (first == null) {
        return Optional.empty();
      }
      sum = sum.add(first.cost());
    }
    return Optional.of(sum);
  }

  /**
   * The quality plan on the tier, fitted to the budgets; empty if a step has no candidate there.
   */
  private static Optional<BigDecimal> fittedQuality(
      SimulationContext context, List<StepChoices> steps, EcosystemTier tier) {
    Map<String, List<Candidate>> rankings = new LinkedHashMap<>();
    Map<String, Candidate> picks = new LinkedHashMap<>();
    boolean feasible = true;
    for (StepChoices c : steps) {
      List<Candidate> onTier =
          ModePolicy.onTier(CostMode.QUALITY, c.ranking(CostMode.QUALITY).whole(), tier);
      rankings.put(c.step().id(), onTier);
      if (onTier.isEmpty()) {
        feasible = false;
      } else {
        picks.put(c.step().id(), onTier.get(0));
      }
    }
    if (!feasible) {
      return Optional.empty();
    }
    Map<String, Candidate> fitted =
        QualityBudgetFit.fit(rankings, picks, context.budgets(), context.runsPerMonth());
    return Optional.of(QualityBudgetFit.total(fitted));
  }
}
