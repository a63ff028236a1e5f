package ai.cromus.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A cost at the low, expected and high ends of the sizes an author wrote as ranges ({@code input:
 * 1,000–3,000 tokens}): every size at its low end, at its midpoint, and at its high end. A plan
 * whose sizes are all points has three equal figures.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@JsonPropertyOrder({"lowUsd", "expectedUsd", "highUsd"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableCostRange.class)
@JsonDeserialize(as = ImmutableCostRange.class)
public interface CostRange {
  /** The cost with every size at the low end of its range. */
  @JsonProperty("lowUsd")
  Money low();

  /** The cost with every size at the midpoint of its range: the figure plans report. */
  @JsonProperty("expectedUsd")
  Money expected();

  /** The cost with every size at the high end of its range. */
  @JsonProperty("highUsd")
  Money high();

  @Value.Check
  default void check() {
    if (low().isGreaterThan(expected()) || expected().isGreaterThan(high())) {
      throw new IllegalStateException(
          "a cost range needs low <= expected <= high: "
              + low()
              + ", "
              + expected()
              + ", "
              + high());
    }
  }

  /** True when the ends differ. */
  default boolean spread() {
    return high().isGreaterThan(low());
  }

  /** Each figure times {@code factor} (runs a month), exactly. */
  default CostRange times(long factor) {
    return of(low().times(factor), expected().times(factor), high().times(factor));
  }

  static CostRange of(Money low, Money expected, Money high) {
    return ImmutableCostRange.builder().low(low).expected(expected).high(high).build();
  }

  /** A point cost: low, expected and high equal. */
  static CostRange point(Money cost) {
    return of(cost, cost, cost);
  }
}
