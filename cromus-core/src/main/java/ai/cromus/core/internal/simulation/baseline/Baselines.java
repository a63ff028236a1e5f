package ai.cromus.core.internal.simulation.baseline;

import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Assumptions;
import ai.cromus.core.simulation.Baseline;
import ai.cromus.core.simulation.PlanSimulation;

/**
 * The baseline: what running the declared plan costs a month beyond the API, from the scope's
 * assumptions (human review, error correction, maintenance, monitoring).
 */
public final class Baselines {
  private Baselines() {}

  public static Baseline of(Assumptions a, PlanSimulation declared, long runsPerMonth) {
    Money review = a.hourlyRate().times(a.reviewHoursPerRun()).times(runsPerMonth);
    Money correction = a.correctionCost().times(declared.failureRisk()).times(runsPerMonth);
    Money total =
        declared
            .perMonth()
            .plus(review)
            .plus(correction)
            .plus(a.maintenancePerMonth())
            .plus(a.monitoringPerMonth());
    return Baseline.builder()
        .apiPerMonth(declared.perMonth())
        .humanReviewPerMonth(review)
        .errorCorrectionPerMonth(correction)
        .maintenancePerMonth(a.maintenancePerMonth())
        .monitoringPerMonth(a.monitoringPerMonth())
        .totalPerMonth(total)
        .build();
  }
}
