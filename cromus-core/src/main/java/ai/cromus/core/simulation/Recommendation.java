package ai.cromus.core.simulation;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.catalog.EcosystemBadge;
import ai.cromus.core.money.Money;
import ai.cromus.core.workflow.CapabilityTier;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** The model Cromus recommends for one step under one mode, why, and what it saves. */
@Value.Immutable
@JsonPropertyOrder({
  "step",
  "mode",
  "tier",
  "model",
  "channel",
  "badge",
  "perRunUsd",
  "savingPerRunUsd",
  "savingPerMonthUsd",
  "reasons",
  "alternatives"
})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableRecommendation.class)
@JsonDeserialize(as = ImmutableRecommendation.class)
@API(status = STABLE, since = "0.1")
public interface Recommendation {
  @JsonProperty("step")
  String stepId();

  CostMode mode();

  String model();

  String channel();

  EcosystemBadge badge();

  /** Why this model: tier fit, price, gates, preferences. */
  List<String> reasons();

  /** The next best choices, best first (at most two). */
  List<Alternative> alternatives();

  /** Cost of the step per run with the recommended model. */
  @JsonProperty("perRunUsd")
  Money perRun();

  /** Per-run saving against the declared plan (negative when it costs more). */
  @JsonProperty("savingPerRunUsd")
  Money savingPerRun();

  /** {@link #savingPerRun()} times the runs per month. */
  @JsonProperty("savingPerMonthUsd")
  @Value.Default
  default Money savingPerMonth() {
    return Money.ZERO;
  }

  /** The capability tier the step needs. */
  @JsonProperty("tier")
  Optional<CapabilityTier> requiredTier();

  static ImmutableRecommendation.Builder builder() {
    return ImmutableRecommendation.builder();
  }
}
