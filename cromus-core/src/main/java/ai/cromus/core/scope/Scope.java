package ai.cromus.core.scope;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.workflow.DataClass;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A workspace scope: which channels are enabled, which ecosystem tiers are preferred, which models
 * may be recommended, and the budgets and thresholds the verdict checks. Cromus only advises inside
 * a scope; it never sits between an agent and a model.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableScope.class)
@JsonDeserialize(as = ImmutableScope.class)
@API(status = STABLE, since = "0.1")
public interface Scope {
  /** Workspace name. */
  Optional<String> workspace();

  /** Default cost-quality mode; overrides the workflow's. */
  Optional<CostMode> mode();

  /** Runs per day; overrides the workflow's volume. */
  OptionalLong runsPerDay();

  /** Runs per month; overrides {@link #runsPerDay()} and the workflow's volume. */
  OptionalLong runsPerMonth();

  /** Enabled channel ids; empty means every channel of the catalog. */
  List<String> channels();

  /** Preferred ecosystem tiers, best first; empty means no preference. */
  List<EcosystemTier> tiers();

  @Value.Default
  default ModelGates gates() {
    return ModelGates.builder().build();
  }

  /**
   * Where each class of data may be sent ({@code data_rules:}), one rule per class, in the order
   * given; empty without restrictions.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<DataRule> dataRules();

  /** The rule for a class of data, if the scope gives one. */
  default Optional<DataRule> dataRule(DataClass c) {
    return dataRules().stream().filter(r -> r.dataClass() == c).findFirst();
  }

  @Value.Default
  default Budget budget() {
    return Budget.none();
  }

  /**
   * Which figure of a plan's cost range the budgets and the verdict judge ({@code budget_basis:});
   * empty means {@link BudgetBasis#EXPECTED}.
   */
  Optional<BudgetBasis> budgetBasis();

  @Value.Default
  default Thresholds thresholds() {
    return Thresholds.builder().build();
  }

  /**
   * Baseline and TCWO assumptions (review hours, hourly rate, correction cost, maintenance); zero
   * unless given.
   */
  @Value.Default
  default Assumptions assumptions() {
    return Assumptions.none();
  }

  /**
   * Per-attempt failure rates that override the documented defaults, keyed by step kind ({@code
   * llm}, {@code tool}, {@code retrieval}, {@code code}) or by {@code llm_<tier>} ({@code
   * llm_lightweight}, {@code llm_balanced}, {@code llm_frontier}, {@code llm_mythos}). Each rate is
   * in [0, 1).
   */
  Map<String, BigDecimal> failureRates();

  @Value.Check
  default void checkFailureRates() {
    for (Map.Entry<String, BigDecimal> e : failureRates().entrySet()) {
      if (!FAILURE_RATE_KEYS.contains(e.getKey())) {
        throw new IllegalStateException(
            "unknown failure-rate key '" + e.getKey() + "'; expected one of " + FAILURE_RATE_KEYS);
      }
      if (e.getValue().signum() < 0 || e.getValue().compareTo(BigDecimal.ONE) >= 0) {
        throw new IllegalStateException(
            "failure rate " + e.getKey() + " must be in [0, 1): " + e.getValue());
      }
    }
    if ((runsPerDay().isPresent() && runsPerDay().getAsLong() < 0)
        || (runsPerMonth().isPresent() && runsPerMonth().getAsLong() < 0)) {
      throw new IllegalStateException("runs must not be negative");
    }
  }

  /** The keys {@link #failureRates()} accepts. */
  List<String> FAILURE_RATE_KEYS =
      List.of(
          "llm",
          "llm_lightweight",
          "llm_balanced",
          "llm_frontier",
          "llm_mythos",
          "tool",
          "retrieval",
          "code",
          "decision",
          "human");

  /** Every channel of the catalog enabled, no gates, no budget, default thresholds. */
  static Scope defaults() {
    return ImmutableScope.builder().build();
  }

  static ImmutableScope.Builder builder() {
    return ImmutableScope.builder();
  }
}
