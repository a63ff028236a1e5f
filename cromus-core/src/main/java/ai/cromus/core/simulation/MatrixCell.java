package ai.cromus.core.simulation;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One cell of the ecosystem-tier by cost-mode matrix: the plan's cost when only channels of one
 * ecosystem tier are used.
 */
@Value.Immutable
@JsonPropertyOrder({"tier", "mode", "feasible", "perRunUsd", "perMonthUsd"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableMatrixCell.class)
@JsonDeserialize(as = ImmutableMatrixCell.class)
@API(status = STABLE, since = "0.1")
public interface MatrixCell {
  EcosystemTier tier();

  CostMode mode();

  @JsonProperty("perRunUsd")
  Money perRun();

  @JsonProperty("perMonthUsd")
  Money perMonth();

  /** False when some step has no model on this tier that the scope allows. */
  boolean feasible();

  static ImmutableMatrixCell.Builder builder() {
    return ImmutableMatrixCell.builder();
  }
}
