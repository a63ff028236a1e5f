package ai.cromus.core.simulation;

import static org.apiguardian.api.API.Status.STABLE;

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

/**
 * The simulated cost, latency and failure of a whole workflow under one plan: the declared models
 * or a cost-quality mode.
 */
@Value.Immutable
@JsonPropertyOrder({
  "perRunUsd",
  "perMonthUsd",
  "perRunRangeUsd",
  "perMonthRangeUsd",
  "feesPerRunUsd",
  "latencySeconds",
  "serialLatencySeconds",
  "failureRisk",
  "feasible",
  "problems",
  "steps"
})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePlanSimulation.class)
@JsonDeserialize(as = ImmutablePlanSimulation.class)
@API(status = STABLE, since = "0.1")
public interface PlanSimulation {
  /** The mode; empty for the declared plan. */
  @JsonIgnore
  Optional<CostMode> mode();

  /** Expected cost of one run: exactly the sum of the steps' costs. */
  @JsonProperty("perRunUsd")
  Money perRun();

  /** {@link #perRun()} times the runs per month. */
  @JsonProperty("perMonthUsd")
  Money perMonth();

  /**
   * The cost of one run at the low, expected and high sizes, when some size is written as a range;
   * empty when every size is a point (then all three equal {@link #perRun()}: see {@link
   * #costPerRun()}).
   */
  @JsonProperty("perRunRangeUsd")
  Optional<CostRange> perRunRange();

  /** {@link #perRunRange()} times the runs per month, each figure exactly. */
  @JsonProperty("perMonthRangeUsd")
  Optional<CostRange> perMonthRange();

  /** The part of {@link #perRun()} that pays tool fees; empty when no step has a fee. */
  @JsonProperty("feesPerRunUsd")
  Optional<Money> feesPerRun();

  /** The cost of one run at the low, expected and high sizes (equal when no size is a range). */
  @JsonIgnore
  default CostRange costPerRun() {
    return perRunRange().orElse(CostRange.point(perRun()));
  }

  /** The cost of a month of runs at the low, expected and high sizes. */
  @JsonIgnore
  default CostRange costPerMonth() {
    return perMonthRange().orElse(CostRange.point(perMonth()));
  }

  /** Latency along the critical path of the dependency graph, in seconds. */
  BigDecimal latencySeconds();

  /** Latency if every step ran one after another, in seconds. */
  BigDecimal serialLatencySeconds();

  /** Probability that a run fails despite retries and fallbacks. */
  BigDecimal failureRisk();

  /** Per-step figures, in workflow order. */
  List<StepSimulation> steps();

  /** False when some step has no model the scope allows; {@link #problems()} says which. */
  @Value.Default
  default boolean feasible() {
    return true;
  }

  /** Why the plan is infeasible or over budget. */
  List<String> problems();

  /** The figures of one step. */
  default Optional<StepSimulation> step(String stepId) {
    return steps().stream().filter(s -> s.stepId().equals(stepId)).findFirst();
  }

  static ImmutablePlanSimulation.Builder builder() {
    return ImmutablePlanSimulation.builder();
  }
}
