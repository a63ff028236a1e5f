package ai.cromus.core.internal.simulation;

import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.Simulation;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Computes TCWO once the Croms waste is known. */
public final class Tcwo {
  /** Decimals of the cost per outcome (the only division in the cost figures). */
  public static final int PER_OUTCOME_SCALE = 10;

  private Tcwo() {}

  /** {@code (baseline + waste + integration) / (runs × (1 − failure risk))}. */
  public static ai.cromus.core.simulation.Tcwo of(Simulation sim, Money waste, Scope scope) {
    Money baseline = sim.baseline().map(b -> b.totalPerMonth()).orElse(sim.declared().perMonth());
    Money integration = scope.assumptions().integrationPerMonth();
    Money total = baseline.plus(waste).plus(integration);
    BigDecimal outcomes =
        BigDecimal.valueOf(sim.runsPerMonth())
            .multiply(BigDecimal.ONE.subtract(sim.declared().failureRisk()));
    var b =
        ai.cromus.core.simulation.Tcwo.builder()
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
