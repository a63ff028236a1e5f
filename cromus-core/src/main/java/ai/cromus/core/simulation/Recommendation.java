package ai.cromus.core.simulation;

import ai.cromus.core.catalog.EcosystemBadge;
import ai.cromus.core.money.Money;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** The model Cromus recommends for one step under one mode, why, and what it saves. */
@Value.Immutable
@JsonSerialize(as = ImmutableRecommendation.class)
@JsonDeserialize(as = ImmutableRecommendation.class)
public interface Recommendation {
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
  Money perRun();

  /** Per-run saving against the declared plan (negative when it costs more). */
  Money savingPerRun();

  /** {@link #savingPerRun()} times the runs per month. */
  @Value.Default
  default Money savingPerMonth() {
    return Money.ZERO;
  }

  /** The capability tier the step needs. */
  java.util.Optional<ai.cromus.core.workflow.CapabilityTier> requiredTier();

  static ImmutableRecommendation.Builder builder() {
    return ImmutableRecommendation.builder();
  }
}
