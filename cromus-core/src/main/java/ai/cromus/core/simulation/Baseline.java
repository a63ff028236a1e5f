package ai.cromus.core.simulation;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Baseline Cost per Workflow, a month of the declared plan: direct API cost plus human review,
 * expected error correction, prompt maintenance and monitoring (the last four from the scope's
 * assumptions, zero unless given).
 */
@Value.Immutable
@JsonPropertyOrder({
  "apiUsdPerMonth",
  "humanReviewUsdPerMonth",
  "errorCorrectionUsdPerMonth",
  "maintenanceUsdPerMonth",
  "monitoringUsdPerMonth",
  "totalUsdPerMonth"
})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableBaseline.class)
@JsonDeserialize(as = ImmutableBaseline.class)
@API(status = STABLE, since = "0.1")
public interface Baseline {
  /** The declared plan's API cost per month. */
  @JsonProperty("apiUsdPerMonth")
  Money apiPerMonth();

  /** Review hours per run × hourly rate × runs per month. */
  @JsonProperty("humanReviewUsdPerMonth")
  Money humanReviewPerMonth();

  /** Run failure risk × correction cost × runs per month. */
  @JsonProperty("errorCorrectionUsdPerMonth")
  Money errorCorrectionPerMonth();

  @JsonProperty("maintenanceUsdPerMonth")
  Money maintenancePerMonth();

  @JsonProperty("monitoringUsdPerMonth")
  Money monitoringPerMonth();

  /** The sum of the five parts. */
  @JsonProperty("totalUsdPerMonth")
  Money totalPerMonth();

  static ImmutableBaseline.Builder builder() {
    return ImmutableBaseline.builder();
  }
}
