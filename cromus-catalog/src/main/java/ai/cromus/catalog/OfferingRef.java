package ai.cromus.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A model on a channel. */
@Value.Immutable
@JsonSerialize(as = ImmutableOfferingRef.class)
@JsonDeserialize(as = ImmutableOfferingRef.class)
@API(status = STABLE, since = "0.1")
public interface OfferingRef {
  @Value.Parameter
  String model();

  @Value.Parameter
  String channel();

  static OfferingRef of(String model, String channel) {
    return ImmutableOfferingRef.of(model, channel);
  }
}
