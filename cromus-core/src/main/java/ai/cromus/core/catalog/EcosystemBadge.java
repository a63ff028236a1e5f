package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How a model is reached, shown beside every model Cromus names: tier, channel and setup effort.
 */
@Value.Immutable
@JsonPropertyOrder({"tier", "channel", "setupEffort"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableEcosystemBadge.class)
@JsonDeserialize(as = ImmutableEcosystemBadge.class)
@API(status = STABLE, since = "0.1")
public interface EcosystemBadge {
  EcosystemTier tier();

  /** Channel id. */
  String channel();

  /** Setup-effort hint, e.g. {@code cloud account and model-access request, hours}. */
  String setupEffort();

  /** {@code managed · aws-bedrock · cloud account and model-access request, hours} (built once). */
  @Value.Lazy
  default String label() {
    return tier().id() + " · " + channel() + " · " + setupEffort();
  }

  static ImmutableEcosystemBadge.Builder builder() {
    return ImmutableEcosystemBadge.builder();
  }
}
