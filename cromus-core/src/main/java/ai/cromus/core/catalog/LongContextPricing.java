package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Whole-request prices that apply when a prompt crosses a threshold: every token of that request,
 * input, output and cache, is billed at these rates.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableLongContextPricing.class)
@JsonDeserialize(as = ImmutableLongContextPricing.class)
@API(status = STABLE, since = "0.1")
public interface LongContextPricing {
  /** Prompts of more than this many tokens use these prices. */
  long thresholdTokens();

  BigDecimal input();

  BigDecimal output();

  Optional<BigDecimal> cacheRead();

  Optional<BigDecimal> cacheWrite5m();

  Optional<BigDecimal> cacheWrite1h();

  static ImmutableLongContextPricing.Builder builder() {
    return ImmutableLongContextPricing.builder();
  }
}
