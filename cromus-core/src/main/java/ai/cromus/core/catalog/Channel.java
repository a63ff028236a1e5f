package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
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

  /**
   * The tools the channel runs for a fee per call ({@code builtin_tools:} of a step), with their
   * sources; empty when the catalog prices none.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<BuiltinTool> builtinTools();

  /** The built-in tool of id {@code id}, if the channel prices it. */
  default java.util.Optional<BuiltinTool> builtinTool(String id) {
    return builtinTools().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  static ImmutableChannel.Builder builder() {
    return ImmutableChannel.builder();
  }
}
