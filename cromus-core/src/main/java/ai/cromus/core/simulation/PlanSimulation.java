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
