package ai.cromus.core.scope;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One selector of a model gate, such as {@code vendor:anthropic} or {@code open_weights:true}. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableGateSelector.class)
@JsonDeserialize(as = ImmutableGateSelector.class)
@API(status = STABLE, since = "0.1")
public interface GateSelector {
  @Value.Parameter
  SelectorKind kind();

  /** The value after the colon, as written. */
  @Value.Parameter
  String value();

  /** {@code kind:value}. */
  default String text() {
    return kind().id() + ":" + value();
  }

  static GateSelector of(SelectorKind kind, String value) {
    return ImmutableGateSelector.of(kind, value);
  }

  static ImmutableGateSelector.Builder builder() {
    return ImmutableGateSelector.builder();
  }
}
