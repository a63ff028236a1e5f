package ai.cromus.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One price of one offering that changed: {@code field} is a pricing field such as {@code input},
 * {@code cacheRead} or {@code longContext.output}. A price that appears or disappears has an empty
 * old or new value. Prices are USD per million tokens; multipliers ({@code regionalUplift}) are
 * plain factors.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePriceChange.class)
@JsonDeserialize(as = ImmutablePriceChange.class)
@API(status = STABLE, since = "0.1")
public interface PriceChange {
  String model();

  String channel();

  String field();

  Optional<BigDecimal> oldValue();

  Optional<BigDecimal> newValue();

  /**
   * The relative change in percent, rounded half-even to one decimal; empty unless both values
   * exist.
   */
  default Optional<BigDecimal> percent() {
    if (oldValue().isEmpty() || newValue().isEmpty() || oldValue().get().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        newValue()
            .get()
            .subtract(oldValue().get())
            .multiply(BigDecimal.valueOf(100))
            .divide(oldValue().get(), 1, RoundingMode.HALF_EVEN));
  }

  static ImmutablePriceChange.Builder builder() {
    return ImmutablePriceChange.builder();
  }
}
