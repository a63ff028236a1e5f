package ai.cromus.core.internal.simulation.latency;

import ai.cromus.core.internal.simulation.pricing.Attempts;
import java.math.BigDecimal;
import java.util.List;

/**
 * The latency and failure of a plan from those of its steps.
 *
 * @param criticalPath seconds along the longest dependency path
 * @param serial seconds if every step ran one after another
 * @param failureRisk the chance that some step fails: 1 − Π(1 − failure of each step)
 */
public record PlanTiming(BigDecimal criticalPath, BigDecimal serial, BigDecimal failureRisk) {
  /**
   * The timing of the plan along {@code path}.
   *
   * @param latency per node of {@code path}, in its order
   * @param failure per node, in the same order
   */
  public static PlanTiming of(
      CriticalPath path, List<BigDecimal> latency, List<BigDecimal> failure) {
    BigDecimal serial = BigDecimal.ZERO;
    for (BigDecimal l : latency) {
      serial = serial.add(l);
    }
    BigDecimal ok = BigDecimal.ONE;
    for (BigDecimal f : failure) {
      ok = ok.multiply(BigDecimal.ONE.subtract(f), Attempts.MC);
    }
    return new PlanTiming(
        path.longest(latency),
        serial,
        BigDecimal.ONE.subtract(ok, Attempts.MC).max(BigDecimal.ZERO));
  }
}
