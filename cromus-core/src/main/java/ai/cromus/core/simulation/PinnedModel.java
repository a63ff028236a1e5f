package ai.cromus.core.simulation;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A model a configuration fixes for a step: a catalog model id and, optionally, its channel. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePinnedModel.class)
@JsonDeserialize(as = ImmutablePinnedModel.class)
@API(status = STABLE, since = "0.1")
public interface PinnedModel {
  /** A catalog model id or alias. */
  @Value.Parameter
  String model();

  /** The channel it is reached through; empty for its cheapest priced offering. */
  @Value.Parameter
  Optional<String> channel();

  static PinnedModel of(String model, Optional<String> channel) {
    return ImmutablePinnedModel.of(model, channel);
  }
}
