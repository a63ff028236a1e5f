package ai.cromus.langchain4j;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.money.Money;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The spend of one run of an agentic system (one top-level invocation), as a snapshot: its calls,
 * its exact total, the spend per agent and, when its budget stopped it, the refusal. In JSON the
 * derived figures are written and, when read back, computed again from the calls.
 */
@Value.Immutable
@JsonIgnoreProperties(
    value = {"total", "perAgent", "unpricedCalls"},
    allowGetters = true)
@JsonSerialize(as = ImmutableRunSpend.class)
@JsonDeserialize(as = ImmutableRunSpend.class)
@API(status = EXPERIMENTAL, since = "0.1")
public interface RunSpend {
  /** {@code run-1}, {@code run-2}, ... in start order; {@code standalone} for calls outside. */
  String id();

  /** True once the run's root agent returned or failed. */
  boolean finished();

  /** Every call, in the order they completed. */
  List<CallRecord> calls();

  /** The refusal message, when the budget stopped the run. */
  Optional<String> refusal();

  /** The exact sum of the priced calls. */
  @Value.Derived
  default Money total() {
    Money t = Money.ZERO;
    for (CallRecord c : calls()) {
      if (c.cost().isPresent()) {
        t = t.plus(c.cost().get());
      }
    }
    return t;
  }

  /** Spend per agent name, in the order the agents first called a model; sums to the total. */
  @Value.Derived
  default Map<String, Money> perAgent() {
    Map<String, Money> m = new LinkedHashMap<>();
    for (CallRecord c : calls()) {
      m.merge(c.agent(), c.cost().orElse(Money.ZERO), Money::plus);
    }
    return m;
  }

  /** Calls that could not be priced (their tokens are recorded, their cost is not in the total). */
  @Value.Derived
  default long unpricedCalls() {
    return calls().stream().filter(c -> c.cost().isEmpty()).count();
  }

  static ImmutableRunSpend.Builder builder() {
    return ImmutableRunSpend.builder();
  }
}
