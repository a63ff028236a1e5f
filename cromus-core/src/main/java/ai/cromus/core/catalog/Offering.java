package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A model on one channel: the channel's model id, prices, latency, limits and provenance. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableOffering.class)
@JsonDeserialize(as = ImmutableOffering.class)
@API(status = STABLE, since = "0.1")
public interface Offering {
  /** Channel id. */
  String channel();

  /** The channel's ecosystem tier (copied from the channel). */
  EcosystemTier tier();

  /** The setup-effort hint of the channel. */
  String setupEffort();

  /** The id this channel's API takes. */
  String channelModelId();

  /** Token prices; empty for self-hosted offerings, which have none. */
  Optional<Pricing> pricing();

  Optional<Latency> latency();

  /** Context window on this channel, when it differs from the model's. */
  OptionalLong contextWindow();

  /** Max output on this channel, when it differs from the model's. */
  OptionalLong maxOutput();

  List<String> regions();

  /** URL of the page the prices were taken from. */
  String source();

  LocalDate verifiedOn();

  /** End of a promotional price. */
  Optional<LocalDate> validUntil();

  Optional<String> notes();

  /** The badge shown beside this offering (built once per offering, then shared). */
  @Value.Lazy
  default EcosystemBadge badge() {
    return EcosystemBadge.builder()
        .tier(tier())
        .channel(channel())
        .setupEffort(setupEffort())
        .build();
  }

  static ImmutableOffering.Builder builder() {
    return ImmutableOffering.builder();
  }
}
