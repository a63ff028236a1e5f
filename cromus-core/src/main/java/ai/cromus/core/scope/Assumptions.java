package ai.cromus.core.scope;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The caller's inputs to the Baseline Cost and TCWO figures: human review, error correction,
 * maintenance, monitoring and integration. Cromus never guesses them; every default is zero.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableAssumptions.class)
@JsonDeserialize(as = ImmutableAssumptions.class)
@API(status = STABLE, since = "0.1")
public interface Assumptions {
  /** Every assumption zero: one shared instance. */
  static Assumptions none() {
    return ScopeDefaults.NO_ASSUMPTIONS;
  }

  /** Hours of human review per run (e.g. 0.05 for three minutes). */
  @Value.Default
  default BigDecimal reviewHoursPerRun() {
    return BigDecimal.ZERO;
  }

  /** Cost of one hour of human review. */
  @Value.Default
  default Money hourlyRate() {
    return Money.ZERO;
  }

  /** Cost of correcting one failed run by hand. */
  @Value.Default
  default Money correctionCost() {
    return Money.ZERO;
  }

  /** Prompt maintenance, allocated per month. */
  @Value.Default
  default Money maintenancePerMonth() {
    return Money.ZERO;
  }

  /** Monitoring overhead per month. */
  @Value.Default
  default Money monitoringPerMonth() {
    return Money.ZERO;
  }

  /** Integration overhead per month (TCWO only). */
  @Value.Default
  default Money integrationPerMonth() {
    return Money.ZERO;
  }

  @Value.Check
  default void check() {
    if (reviewHoursPerRun().signum() < 0
        || hourlyRate().isNegative()
        || correctionCost().isNegative()
        || maintenancePerMonth().isNegative()
        || monitoringPerMonth().isNegative()
        || integrationPerMonth().isNegative()) {
      throw new IllegalStateException("assumptions must not be negative: " + this);
    }
  }

  static ImmutableAssumptions.Builder builder() {
    return ImmutableAssumptions.builder();
  }
}
