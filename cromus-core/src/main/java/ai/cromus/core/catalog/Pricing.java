package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** Token prices of one offering, in US dollars per million tokens, as exact decimals. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePricing.class)
@JsonDeserialize(as = ImmutablePricing.class)
@API(status = STABLE, since = "0.1")
public interface Pricing {
  BigDecimal input();

  BigDecimal output();

  /** Price of a cached input token read. */
  Optional<BigDecimal> cacheRead();

  /** Price of a cache write with a 5-minute TTL. */
  Optional<BigDecimal> cacheWrite5m();

  /** Price of a cache write with a 1-hour TTL. */
  Optional<BigDecimal> cacheWrite1h();

  /** Batch input price, where the channel states one. */
  Optional<BigDecimal> batchInput();

  /** Batch output price, where the channel states one. */
  Optional<BigDecimal> batchOutput();

  /** The whole-request long-context tier, if any. */
  Optional<LongContextPricing> longContext();

  /** Multiplier for region-pinned inference, e.g. 1.1. */
  Optional<BigDecimal> regionalUplift();

  static ImmutablePricing.Builder builder() {
    return ImmutablePricing.builder();
  }
}
