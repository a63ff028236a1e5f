package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** Whether a model reasons before it answers. */
@API(status = STABLE, since = "0.1")
public enum ReasoningSupport {
  /** Never reasons. */
  NONE,
  /** Reasons when asked. */
  OPTIONAL,
  /** Always reasons; reasoning tokens are billed as output. */
  ALWAYS;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static ReasoningSupport of(String id) {
    return Enums.parse(ReasoningSupport.class, id);
  }
}
