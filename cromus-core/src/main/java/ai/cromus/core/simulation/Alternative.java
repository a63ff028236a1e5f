package ai.cromus.core.simulation;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.catalog.EcosystemBadge;
import ai.cromus.core.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A runner-up model for a step. */
@Value.Immutable
@JsonPropertyOrder({"model", "channel", "badge", "perRunUsd"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableAlternative.class)
@JsonDeserialize(as = ImmutableAlternative.class)
@API(status = STABLE, since = "0.1")
public interface Alternative {
  String model();

  String channel();

  EcosystemBadge badge();

  /** Cost of the step per run with this model. */
  @JsonProperty("perRunUsd")
  Money perRun();

  static ImmutableAlternative.Builder builder() {
    return ImmutableAlternative.builder();
  }
}
