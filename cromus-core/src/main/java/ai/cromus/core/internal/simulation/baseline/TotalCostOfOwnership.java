package ai.cromus.core.internal.simulation.baseline;

import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.simulation.Tcwo;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** TCWO, the total cost of workflow ownership, once the Croms waste is known. */
public final class TotalCostOfOwnership {
  /** Decimals of the cost per outcome (the only division in the cost figures). */
  public static final int PER_OUTCOME_SCALE = 10;

  private TotalCostOfOwnership() {}

  /** {@code (baseline + waste + integration) / (runs × (1 − failure risk))}. */
  public static Tcwo of(Simulation sim, Money waste, Scope scope) {
    Money baseline = sim.baseline().map(b -> b.totalPerMonth()).orElse(sim.declared().perMonth());
    Money integration = scope.assumptions().integrationPerMonth();
    Money total = baseline.plus(waste).plus(integration);
    BigDecimal outcomes =
        BigDecimal.valueOf(sim.runsPerMonth())
            .multiply(BigDecimal.ONE.subtract(sim.declared().failureRisk()));
    var b =
        Tcwo.builder()
            .baselinePerMonth(baseline)
            .cromsWastePerMonth(waste)
            .integrationPerMonth(integration)
            .totalPerMonth(total)
            .outcomesPerMonth(outcomes);
    if (outcomes.signum() > 0) {
      b.perOutcome(
          Money.usd(total.amount().divide(outcomes, PER_OUTCOME_SCALE, RoundingMode.HALF_EVEN)));
    }
    return b.build();
  }
}
