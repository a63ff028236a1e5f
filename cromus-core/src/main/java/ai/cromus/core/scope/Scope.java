package ai.cromus.core.scope;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.simulation.CostMode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A workspace scope: which channels are enabled, which ecosystem tiers are preferred, which
 * models may be recommended, and the budgets and thresholds the verdict checks. Cromus only
 * advises inside a scope; it never sits between an agent and a model.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScope.class)
@JsonDeserialize(as = ImmutableScope.class)
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

  @Value.Default
  default Budget budget() {
    return Budget.NONE;
  }

  @Value.Default
  default Thresholds thresholds() {
    return Thresholds.builder().build();
  }

  /** Every channel of the catalog enabled, no gates, no budget, default thresholds. */
  static Scope defaults() {
    return ImmutableScope.builder().build();
  }

  static ImmutableScope.Builder builder() {
    return ImmutableScope.builder();
  }
}
