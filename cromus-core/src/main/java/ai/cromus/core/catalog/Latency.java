package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** Median latency of an offering: time to first token and output speed. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableLatency.class)
@JsonDeserialize(as = ImmutableLatency.class)
@API(status = STABLE, since = "0.1")
public interface Latency {
  /** Median time to first token; empty when no source gives one. */
  Optional<BigDecimal> ttftSeconds();

  /** Median output speed in tokens per second. */
  BigDecimal outputTokensPerSecond();

  /** Where the figures come from. */
  String source();

  static ImmutableLatency.Builder builder() {
    return ImmutableLatency.builder();
  }
}
