package ai.cromus.core.simulation;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.catalog.EcosystemBadge;
import ai.cromus.core.money.Money;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** The simulated cost, latency and failure of one step under one plan. */
@Value.Immutable
@JsonPropertyOrder({
  "id",
  "model",
  "channel",
  "tier",
  "usd",
  "usdRange",
  "feeUsd",
  "retryUsd",
  "latencySeconds",
  "failureProbability",
  "inputTokens",
  "outputTokens",
  "reasoningTokens",
  "expectedCalls",
  "turns",
  "tokensEstimated",
  "batch",
  "cached",
  "notes"
})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableStepSimulation.class)
@JsonDeserialize(as = ImmutableStepSimulation.class)
@API(status = STABLE, since = "0.1")
public interface StepSimulation {
  @JsonProperty("id")
  String stepId();

  /** The catalog id of the model chosen for the step; empty for steps that call no model. */
  Optional<String> model();

  /**
   * Who chose {@link #model()}: the author ({@link ModelOrigin#DECLARED}) or Cromus, and under
   * which policy ({@link ModelOrigin#chosenUnder}); empty for steps that call no model or have
   * none.
   */
  Optional<ModelOrigin> modelOrigin();

  /** The channel the model is reached through. */
  Optional<String> channel();

  @JsonIgnore
  Optional<EcosystemBadge> badge();

  /** Prompt tokens per attempt. */
  long inputTokens();

  /** Visible output tokens per attempt. */
  long outputTokens();

  /** Hidden reasoning tokens per attempt, billed as output. */
  @Value.Default
  default long reasoningTokens() {
    return 0;
  }

  /** Expected cost per run, retries and loop iterations included. */
  @JsonProperty("usd")
  Money cost();

  /**
   * The cost per run at the low, expected and high sizes, when some size of the step is a range;
   * empty when every size is a point.
   */
  @JsonProperty("usdRange")
  Optional<CostRange> costRange();

  /** The part of {@link #cost()} that pays tool fees; empty when the step has none. */
  @JsonProperty("feeUsd")
  Optional<Money> fees();

  /** The turns of the step's agent loop, when it is one. */
  java.util.OptionalInt turns();

  /** The part of {@link #cost()} that pays for retries. */
  @JsonProperty("retryUsd")
  @Value.Default
  default Money retryCost() {
    return Money.ZERO;
  }

  /** Expected latency of the step, in seconds. */
  BigDecimal latencySeconds();

  /** Probability that the step still fails after its retries and fallbacks. */
  BigDecimal failureProbability();

  /** True when batch prices were used. */
  @Value.Default
  default boolean batch() {
    return false;
  }

  /** True when cache prices were used for the step's cached prefix. */
  @Value.Default
  default boolean cached() {
    return false;
  }

  /**
   * The capability tier the step needs (declared or classified); empty for steps that call no
   * model.
   */
  @JsonProperty("tier")
  Optional<ai.cromus.core.workflow.CapabilityTier> requiredTier();

  /** Expected model calls per run: loop iterations times expected attempts, fallbacks included. */
  @Value.Default
  default BigDecimal expectedCalls() {
    return BigDecimal.ZERO;
  }

  /** True when the token figures are estimates rather than declared sizes. */
  @JsonProperty("tokensEstimated")
  @Value.Default
  default boolean estimated() {
    return false;
  }

  /** How the figures were obtained (estimates, assumptions). */
  List<String> notes();

  /**
   * Effective price in dollars per million tokens: the cost divided by every token billed (fresh,
   * cached, output and reasoning, over every expected call); zero when nothing is billed.
   */
  default BigDecimal effectiveUsdPerMillionTokens() {
    BigDecimal tokens =
        BigDecimal.valueOf(inputTokens() + outputTokens() + reasoningTokens())
            .multiply(expectedCalls());
    if (tokens.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return cost().amount().movePointRight(6).divide(tokens, java.math.MathContext.DECIMAL64);
  }

  static ImmutableStepSimulation.Builder builder() {
    return ImmutableStepSimulation.builder();
  }
}
