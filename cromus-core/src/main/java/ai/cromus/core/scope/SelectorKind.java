package ai.cromus.core.scope;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** What a model-gate selector matches on. */
@API(status = STABLE, since = "0.1")
public enum SelectorKind {
  /** The model's vendor id, e.g. vendor:anthropic. */
  VENDOR,
  /** A model id or alias, e.g. model:claude-opus-4-1. */
  MODEL,
  /** A channel id, e.g. channel:aws-bedrock. */
  CHANNEL,
  /** An ecosystem tier, e.g. tier:managed. */
  TIER,
  /** A capability tier, e.g. capability_tier:frontier. */
  CAPABILITY_TIER,
  /** A capability the model must have, e.g. capability:function_calling. */
  CAPABILITY,
  /** Whether weights are open, e.g. open_weights:true. */
  OPEN_WEIGHTS,
  /** A region the channel serves, e.g. region:eu. */
  REGION;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static SelectorKind of(String id) {
    return Enums.parse(SelectorKind.class, id);
  }
}
