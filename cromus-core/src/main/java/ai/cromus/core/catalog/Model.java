package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.workflow.CapabilityTier;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A model in the catalog, with every offering through which it can be reached. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableModel.class)
@JsonDeserialize(as = ImmutableModel.class)
@API(status = STABLE, since = "0.1")
public interface Model {
  /** Kebab-case id, unique in the catalog. */
  String id();

  String displayName();

  /** Provider-native ids, dated ids and {@code provider:model} forms that resolve to this model. */
  List<String> aliases();

  /** Vendor id. */
  String vendor();

  String family();

  CapabilityTier capabilityTier();

  Optional<QualityIndex> quality();

  boolean openWeights();

  String license();

  long contextWindow();

  long maxOutput();

  Capabilities capabilities();

  Optional<LocalDate> releaseDate();

  @Value.Default
  default ModelStatus status() {
    return ModelStatus.ACTIVE;
  }

  Optional<LocalDate> deprecationDate();

  /** Id of the model that replaces this one. */
  Optional<String> successor();

  /** The channels that serve this model, in catalog order. */
  List<Offering> offerings();

  /** The offering on this channel. */
  default Optional<Offering> offering(String channel) {
    return offerings().stream().filter(o -> o.channel().equals(channel)).findFirst();
  }

  static ImmutableModel.Builder builder() {
    return ImmutableModel.builder();
  }
}
