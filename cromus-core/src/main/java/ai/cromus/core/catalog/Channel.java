package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One concrete route to models: a first-party API, a hyperscaler platform, a router or a host. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableChannel.class)
@JsonDeserialize(as = ImmutableChannel.class)
@API(status = STABLE, since = "0.1")
public interface Channel {
  /** Kebab-case id, e.g. {@code aws-bedrock}. */
  String id();

  String name();

  EcosystemTier tier();

  /** Setup-effort hint, e.g. {@code API key, minutes}. */
  String setupEffort();

  String description();

  /** True for self-hosted serving: no token prices; the caller supplies the cost. */
  @Value.Default
  default boolean selfHosted() {
    return false;
  }

  static ImmutableChannel.Builder builder() {
    return ImmutableChannel.builder();
  }
}
