package ai.cromus.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A model on a channel. */
@Value.Immutable
@JsonSerialize(as = ImmutableOfferingRef.class)
@JsonDeserialize(as = ImmutableOfferingRef.class)
public interface OfferingRef {
  @Value.Parameter
  String model();

  @Value.Parameter
  String channel();

  static OfferingRef of(String model, String channel) {
    return ImmutableOfferingRef.of(model, channel);
  }
}
