package ai.cromus.core.simulation;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Total Cost of Workflow Ownership over a month: {@code (baseline + Croms waste + integration) /
 * outcomes}, where outcomes are runs × (1 − run failure risk). Maintenance is already part of the
 * baseline and is not added twice.
 */
@Value.Immutable
@JsonPropertyOrder({
  "baselineUsdPerMonth",
  "cromsWasteUsdPerMonth",
  "integrationUsdPerMonth",
  "totalUsdPerMonth",
  "outcomesPerMonth",
  "usdPerOutcome"
})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableTcwo.class)
@JsonDeserialize(as = ImmutableTcwo.class)
@API(status = STABLE, since = "0.1")
public interface Tcwo {
  @JsonProperty("baselineUsdPerMonth")
  Money baselinePerMonth();

  /** The Croms waste: the sum of the findings' monthly savings. */
  @JsonProperty("cromsWasteUsdPerMonth")
  Money cromsWastePerMonth();

  @JsonProperty("integrationUsdPerMonth")
  Money integrationPerMonth();

  /** Baseline + waste + integration. */
  @JsonProperty("totalUsdPerMonth")
  Money totalPerMonth();

  /** Successful runs per month (exact). */
  BigDecimal outcomesPerMonth();

  /**
   * Cost per successful outcome, rounded HALF_EVEN to 10 decimals (the only division in the cost
   * figures); empty when no run succeeds.
   */
  @JsonProperty("usdPerOutcome")
  Optional<Money> perOutcome();

  static ImmutableTcwo.Builder builder() {
    return ImmutableTcwo.builder();
  }
}
