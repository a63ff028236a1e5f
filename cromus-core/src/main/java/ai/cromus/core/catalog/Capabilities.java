package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** What a model can do; each flag is tri-state because a missing flag means unknown. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableCapabilities.class)
@JsonDeserialize(as = ImmutableCapabilities.class)
@API(status = STABLE, since = "0.1")
public interface Capabilities {
  @Value.Default
  default Support toolCalling() {
    return Support.UNKNOWN;
  }

  @Value.Default
  default Support structuredOutput() {
    return Support.UNKNOWN;
  }

  @Value.Default
  default Support vision() {
    return Support.UNKNOWN;
  }

  @Value.Default
  default Support promptCaching() {
    return Support.UNKNOWN;
  }

  @Value.Default
  default ReasoningSupport reasoning() {
    return ReasoningSupport.NONE;
  }

  static ImmutableCapabilities.Builder builder() {
    return ImmutableCapabilities.builder();
  }
}
