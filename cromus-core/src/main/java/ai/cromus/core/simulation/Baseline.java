package ai.cromus.core.simulation;

import ai.cromus.core.money.Money;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Baseline Cost per Workflow, a month of the declared plan: direct API cost plus human review,
 * expected error correction, prompt maintenance and monitoring (the last four from the scope's
 * assumptions, zero unless given).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBaseline.class)
@JsonDeserialize(as = ImmutableBaseline.class)
public interface Baseline {
  /** The declared plan's API cost per month. */
  Money apiPerMonth();

  /** Review hours per run × hourly rate × runs per month. */
  Money humanReviewPerMonth();

  /** Run failure risk × correction cost × runs per month. */
  Money errorCorrectionPerMonth();

  Money maintenancePerMonth();

  Money monitoringPerMonth();

  /** The sum of the five parts. */
  Money totalPerMonth();

  static ImmutableBaseline.Builder builder() {
    return ImmutableBaseline.builder();
  }
}
