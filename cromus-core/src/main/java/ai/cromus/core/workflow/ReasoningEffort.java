package ai.cromus.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** Hidden reasoning a step asks of its model; billed as output tokens. */
@API(status = STABLE, since = "0.1")
public enum ReasoningEffort {
  /** No hidden reasoning. */
  NONE,
  /** A small reasoning budget. */
  LOW,
  /** A medium reasoning budget. */
  MEDIUM,
  /** A large reasoning budget. */
  HIGH;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static ReasoningEffort of(String id) {
    return Enums.parse(ReasoningEffort.class, id);
  }
}
