package ai.cromus.core.spec;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** What an ETHOS profile does when unsure (`uncertainty_behavior`). */
@API(status = STABLE, since = "0.1")
public enum UncertaintyBehavior {
  /** Stops and hands the question to a person. */
  PAUSE_AND_ESCALATE,
  /** Flags the doubt and carries on with the safest reading. */
  FLAG_AND_CONTINUE,
  /** Carries on and notes the doubt. */
  PROCEED_WITH_NOTE;

  /** The lower-case id used in ETHOS.md files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static UncertaintyBehavior of(String id) {
    return Enums.parse(UncertaintyBehavior.class, id);
  }
}
