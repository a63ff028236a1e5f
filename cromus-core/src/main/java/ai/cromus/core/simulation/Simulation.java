package ai.cromus.core.simulation;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The pre-execution simulation: the declared plan, every cost-quality mode, and the tier-by-mode
 * matrix.
 */
@Value.Immutable
@JsonPropertyOrder({"runsPerMonth", "declared", "modes", "matrix", "baseline", "tcwo"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSimulation.class)
@JsonDeserialize(as = ImmutableSimulation.class)
@API(status = STABLE, since = "0.1")
public interface Simulation {
  /** Runs per month the monthly figures use. */
  long runsPerMonth();

  /** The models the author named; the balanced choice where none is named. */
  PlanSimulation declared();

  /** Every cost-quality mode, in {@link CostMode} order. */
  Map<CostMode, PlanSimulation> modes();

  /** Every (ecosystem tier, mode) cell the scope allows. */
  List<MatrixCell> matrix();

  /** Baseline cost per workflow of the declared plan, with the scope's assumptions. */
  Optional<Baseline> baseline();

  /** Total cost of workflow ownership; filled once Croms is known. */
  Optional<Tcwo> tcwo();

  /** The plan of one mode. */
  default PlanSimulation mode(CostMode mode) {
    PlanSimulation p = modes().get(mode);
    if (p == null) {
      throw new IllegalArgumentException("no simulation for mode " + mode);
    }
    return p;
  }

  static ImmutableSimulation.Builder builder() {
    return ImmutableSimulation.builder();
  }
}
