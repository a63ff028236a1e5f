package ai.cromus.core.spec;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** How soon an ETHOS profile hands a problem to a person (`escalation_threshold`). */
@API(status = STABLE, since = "0.1")
public enum EscalationThreshold {
  /** At the first sign of trouble. */
  EARLY,
  /** When a documented condition is met. */
  STANDARD,
  /** Only when the agent cannot go on. */
  LATE;

  /** The lower-case id used in ETHOS.md files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static EscalationThreshold of(String id) {
    return Enums.parse(EscalationThreshold.class, id);
  }
}
